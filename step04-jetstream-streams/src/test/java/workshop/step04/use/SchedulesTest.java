package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.NeedsNatsServer;
import workshop.testkit.TestResources;

/** Exercise 4.16: message schedules, once (nats-server 2.12+), repeating and in a time zone (2.14+). */
@NatsServerTest
class SchedulesTest {

    private static final Exercise EXERCISE = Exercise.of("4.16");
    /** What nats-server answers for a schedule's time zone it cannot load. */
    private static final int TIME_ZONE_INVALID = 10223;

    private static final List<String> ZONES =
            List.of("Europe/Amsterdam", "America/New_York", "Asia/Tokyo", "Australia/Sydney");

    @Test
    @DisplayName(
            "4.16 a message scheduled for later reaches its target at that time, not before, and the schedule is removed")
    void once(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("REMINDERS");
        String prefix = "reminders" + random.nextInt(1000);
        Schedules.create(jsm, stream, prefix + ".>");
        String target = prefix + ".due";
        String text = "call back " + random.nextInt(1000);
        // the server counts whole seconds: the next whole second but one is 1 to 2 s away
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);

        try {
            Schedules.publishAt(jetStream, prefix + ".schedule", target, at, text);
        } catch (JetStreamApiException e) {
            throw new AssertionError(
                    EXERCISE.says(
                            "a schedule is stored on its own subject (%s.schedule) and names its target %s; the server"
                                    + " refused it: %s",
                            prefix, target, e.getMessage()),
                    e);
        }

        assertThat(last(jsm, stream, target))
                .as(EXERCISE.says("nothing reaches %s before %s", target, at))
                .isEmpty();
        MessageInfo fired = await().alias(
                        EXERCISE.says("the scheduled message reaches %s within 3 s after %s", target, at))
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> last(jsm, stream, target), Optional::isPresent)
                .orElseThrow();
        assertThat(new String(fired.getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("with the schedule's payload"))
                .isEqualTo(text);
        assertThat(fired.getTime().toInstant())
                .as(EXERCISE.says("stored at %s or later", at))
                .isAfterOrEqualTo(at);
        await().alias(EXERCISE.says("a one-off schedule is removed once it fired"))
                .atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> last(jsm, stream, prefix + ".schedule").isEmpty());
    }

    @Test
    @NeedsNatsServer("2.14")
    @DisplayName(
            "4.16 a repeating schedule publishes every interval, says when it fires next, and stays in the stream (2.14+)")
    void every(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("TICKS");
        String prefix = "ticks" + random.nextInt(1000);
        Schedules.create(jsm, stream, prefix + ".>");
        String target = prefix + ".tick";

        Schedules.publishEvery(jetStream, prefix + ".schedule", target, Duration.ofSeconds(1), "tick");

        MessageInfo fired = await().alias(EXERCISE.says("an every-second schedule fires within 3 s"))
                .atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> last(jsm, stream, target), Optional::isPresent)
                .orElseThrow();
        Instant next = Instant.parse(fired.getHeaders().getFirst("Nats-Schedule-Next"));
        assertThat(next)
                .as(EXERCISE.says("the fired message names the next firing, a second later"))
                .isAfter(fired.getTime().toInstant());
        assertThat(last(jsm, stream, prefix + ".schedule"))
                .as(EXERCISE.says("a repeating schedule stays"))
                .isPresent();
    }

    @Test
    @NeedsNatsServer("2.14")
    @DisplayName("4.16 a cron schedule reads its hours on the wall clock of the time zone it names (2.14+)")
    void cronInATimeZone(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("CRON");
        String prefix = "cron" + random.nextInt(1000);
        Schedules.create(jsm, stream, prefix + ".>");
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        int hour = ZonedDateTime.now(zone).getHour();
        // every second of this hour or the next, in that zone; read in UTC, these hours are hours away
        // (none of the zones is UTC or one hour behind it), so only a server that applies the zone fires now
        String cron = "* * " + hour + "," + (hour + 1) % 24 + " * * *";
        assumeTimeZonesKnown(jetStream, prefix, zone);

        Schedules.publishCron(jetStream, prefix + ".schedule", prefix + ".out", cron, zone, "in " + zone);

        await().alias(EXERCISE.says("'%s' in %s (now %d o'clock there) fires within 3 s", cron, zone, hour))
                .atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> last(jsm, stream, prefix + ".out").isPresent());
    }

    /**
     * Skips, naming the cause, when the server cannot read time zones at all: nats-server loads them from the
     * machine's time zone database (Go's {@code time.LoadLocation}, {@code stream.go}), and an image built
     * FROM scratch, or a system without tzdata, has none, so every zone but UTC is "invalid" (10223). That is
     * the machine's doing, not the exercise's: the probe is the test's own publish, with jnats alone.
     */
    private static void assumeTimeZonesKnown(JetStream jetStream, String prefix, ZoneId zone) throws Exception {
        Headers headers = new Headers()
                .put(Schedules.SCHEDULE, "0 0 0 1 1 *")
                .put(Schedules.TARGET, prefix + ".probed")
                .put(Schedules.TIME_ZONE, zone.getId());
        try {
            jetStream.publish(NatsMessage.builder()
                    .subject(prefix + ".probe")
                    .headers(headers)
                    .data("probe".getBytes(StandardCharsets.UTF_8))
                    .build());
        } catch (JetStreamApiException e) {
            Assumptions.assumeTrue(
                    e.getApiErrorCode() != TIME_ZONE_INVALID,
                    "this nats-server knows no time zone but UTC (it answered " + e.getMessage() + " for "
                            + zone.getId() + "): it reads them from the machine's time zone database, which a"
                            + " Docker image built FROM scratch or a system without tzdata lacks. Install tzdata,"
                            + " or run a nats-server that has it, to run this test.");
            throw e;
        }
    }

    private static Optional<MessageInfo> last(JetStreamManagement jsm, String stream, String subject) throws Exception {
        try {
            return Optional.of(jsm.getLastMessage(stream, subject));
        } catch (JetStreamApiException e) {
            if (e.getApiErrorCode() == LastValues.NO_MESSAGE_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
