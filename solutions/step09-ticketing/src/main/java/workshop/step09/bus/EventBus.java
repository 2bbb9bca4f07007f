package workshop.step09.bus;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.time.Duration;
import workshop.step09.events.EventType;

/**
 * Where the ticketing services' events live: one stream that keeps every event, its subjects all
 * under one prefix ({@code ticketing.tickets.created}, …). Every service makes the stream when it
 * starts, so none has to start first: making it again is not an error.
 *
 * @param stream the stream's name
 * @param prefix the first token of every event subject
 * @param duplicateWindow how long the stream remembers a message id to drop a second copy
 * @param messageSchedules whether the stream runs message schedules ({@code allow_msg_schedules},
 *     nats-server 2.12+), which the scheduled expiration service (9.10) needs. Every service of one
 *     program must use the same bus: a stream that runs schedules cannot be updated to one that does
 *     not. An older server ignores the option: the stream it makes runs none.
 */
public record EventBus(String stream, String prefix, Duration duplicateWindow, boolean messageSchedules) {

    /** A bus whose stream runs no message schedules: every server of the workshop's matrix runs it. */
    public EventBus(String stream, String prefix, Duration duplicateWindow) {
        this(stream, prefix, duplicateWindow, false);
    }

    /** The bus the services use when nothing else is said: stream TICKETING, subjects ticketing.&gt;. */
    public static EventBus standard() {
        return new EventBus("TICKETING", "ticketing", Duration.ofMinutes(2));
    }

    /** This bus, with a stream that runs message schedules (nats-server 2.12+). */
    public EventBus withMessageSchedules() {
        return new EventBus(stream, prefix, duplicateWindow, true);
    }

    /** The subject events of {@code type} are published on. */
    public String subjectOf(EventType<?> type) {
        return prefix + "." + type.subject();
    }

    /** Where a service puts an event it gave up on: kept in the stream, listened to by nobody. */
    public String deadLetterSubject(String service) {
        return prefix + ".deadletter." + service;
    }

    /**
     * Makes the stream if it is not there, or brings it to this configuration if it is; either way
     * it exists afterwards with every subject under the prefix and this duplicate window. Safe to
     * call from every service at once: one of them creates it, the others find it.
     */
    public StreamInfo ensureStream(JetStreamManagement management) throws IOException, JetStreamApiException {
        // what the bus asks of newer servers, given: message schedules when the bus says so
        StreamConfiguration.Builder builder = StreamConfiguration.builder().allowMessageSchedules(messageSchedules);
        // EXERCISE 9.2 BEGIN: the stream's configuration, on that builder; add it, or update it when a stream of that
        // name is there.
        StreamConfiguration configuration = builder.name(stream)
                .subjects(prefix + ".>")
                .storageType(StorageType.File)
                .duplicateWindow(duplicateWindow)
                .build();
        try {
            return management.addStream(configuration);
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() != STREAM_NAME_IN_USE) {
                throw e;
            }
            return management.updateStream(configuration);
        }
        // EXERCISE 9.2 END
    }

    /** JetStream's error code for "stream name already in use with a different configuration". */
    static final int STREAM_NAME_IN_USE = 10058;
}
