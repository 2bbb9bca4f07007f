package workshop.step04.use;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.PublishAck;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Message schedules: a stream that allows them stores a schedule (a message with a
 * {@code Nats-Schedule} header) on a subject of its own, and when the schedule's time comes the
 * server publishes the schedule's payload to its target subject ({@code Nats-Schedule-Target}, a
 * subject of the same stream). nats-server 2.12 runs one-off schedules ({@code @at <time>}): the
 * schedule is removed once it has fired. 2.14 adds repeating ones ({@code @every 5m}, six-field cron
 * patterns, {@code @daily}…), which stay and fire again, and a time zone for cron patterns
 * ({@code Nats-Schedule-Time-Zone}).
 */
public final class Schedules {

    public static final String SCHEDULE = "Nats-Schedule";
    public static final String TARGET = "Nats-Schedule-Target";
    public static final String TIME_ZONE = "Nats-Schedule-Time-Zone";

    private Schedules() {}

    /** Creates a memory stream on the subjects that runs message schedules. */
    public static StreamInfo create(JetStreamManagement jsm, String stream, String subjects)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.16 BEGIN: A memory stream that allows message schedules.
        return jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .allowMessageSchedules()
                .build());
        // EXERCISE 4.16 END
    }

    /**
     * Stores a schedule on {@code scheduleSubject} that publishes {@code text} to {@code target} once,
     * at {@code at} (the server takes whole seconds, in UTC). nats-server 2.12+.
     */
    public static PublishAck publishAt(
            JetStream jetStream, String scheduleSubject, String target, Instant at, String text)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.16 BEGIN: The pattern is "@at " and the time in RFC 3339, whole seconds.
        return publishSchedule(
                jetStream,
                scheduleSubject,
                new Headers()
                        .add(SCHEDULE, "@at " + at.truncatedTo(ChronoUnit.SECONDS))
                        .add(TARGET, target),
                text);
        // EXERCISE 4.16 END
    }

    /** Stores a schedule that publishes {@code text} to {@code target} every {@code interval} (whole seconds, 1 s at least). nats-server 2.14+. */
    public static PublishAck publishEvery(
            JetStream jetStream, String scheduleSubject, String target, Duration interval, String text)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.16 BEGIN: The pattern is "@every " and the interval as the server writes durations, e.g. 5s.
        return publishSchedule(
                jetStream,
                scheduleSubject,
                new Headers()
                        .add(SCHEDULE, "@every " + interval.toSeconds() + "s")
                        .add(TARGET, target),
                text);
        // EXERCISE 4.16 END
    }

    /**
     * Stores a schedule that publishes {@code text} to {@code target} whenever the cron pattern
     * (six fields: second minute hour day-of-month month day-of-week) matches the wall clock of
     * {@code zone}. nats-server 2.14+; a zone the server does not know is refused
     * ({@code message schedules time zone is invalid [10223]}).
     */
    public static PublishAck publishCron(
            JetStream jetStream, String scheduleSubject, String target, String cron, ZoneId zone, String text)
            throws IOException, JetStreamApiException {
        // EXERCISE 4.16 BEGIN: The cron pattern as it is, with the zone's id in the time zone header.
        return publishSchedule(
                jetStream,
                scheduleSubject,
                new Headers().add(SCHEDULE, cron).add(TARGET, target).add(TIME_ZONE, zone.getId()),
                text);
        // EXERCISE 4.16 END
    }

    private static PublishAck publishSchedule(JetStream jetStream, String scheduleSubject, Headers headers, String text)
            throws IOException, JetStreamApiException {
        return jetStream.publish(NatsMessage.builder()
                .subject(scheduleSubject)
                .headers(headers)
                .data(text.getBytes(StandardCharsets.UTF_8))
                .build());
    }
}
