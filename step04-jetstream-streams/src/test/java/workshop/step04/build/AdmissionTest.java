package workshop.step04.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 4.2: what a stream refuses to store, with nats-server's error codes. */
@ExtendWith(SeededRandomResolver.class)
class AdmissionTest {

    private static final Exercise EXERCISE = Exercise.of("4.2");
    private static final StreamState EMPTY = new StreamState(0, 0, 0, 0); // a new stream, as nats-server reports it

    @Test
    @DisplayName("4.2 a stream rejects a subject none of its subject filters captures (503 no responders)")
    void rejectsUncapturedSubject(Random random) {
        String id = "o" + random.nextInt(1000);
        StreamConfig orders = StreamConfig.of("ORDERS", "orders.*.created", "orders.*.*.cancelled");

        assertAccepted(
                () -> Admission.check(orders, EMPTY, "orders." + id + ".created", new byte[1]),
                "orders.*.created captures orders.%s.created: '*' is a wildcard for one token",
                id);
        assertAccepted(
                () -> Admission.check(orders, EMPTY, "orders.eu." + id + ".cancelled", new byte[1]),
                "orders.*.*.cancelled captures orders.eu.%s.cancelled: each '*' is a wildcard for one token",
                id);
        PublishRejected rejected = rejectionOf(
                () -> Admission.check(orders, EMPTY, "orders." + id + ".shipped", new byte[1]),
                "no subject filter of the stream captures orders.%s.shipped",
                id);

        assertThat(rejected.code())
                .as(EXERCISE.says("an uncaptured subject is answered like a publish nobody receives: 503"))
                .isEqualTo(PublishRejected.NO_STREAM);
    }

    @Test
    @DisplayName("4.2 a payload larger than maxMsgSize is rejected with 10054, one at the limit is fine")
    void rejectsOversizedMessage(Random random) {
        int max = 10 + random.nextInt(100);
        StreamConfig config = StreamConfig.of("S", "s.>").withMaxMsgSize(max);

        assertAccepted(
                () -> Admission.check(config, EMPTY, "s.1", new byte[max]),
                "a payload of exactly maxMsgSize (%d bytes) fits",
                max);
        PublishRejected rejected = rejectionOf(
                () -> Admission.check(config, EMPTY, "s.1", new byte[max + 1]),
                "a payload of %d bytes is one more than maxMsgSize %d",
                max + 1,
                max);

        assertThat(rejected.code())
                .as(EXERCISE.says("too large is error 10054"))
                .isEqualTo(10054);
        assertThat(rejected.description())
                .as(EXERCISE.says("the description nats-server gives with 10054"))
                .isEqualTo("message size exceeds maximum allowed");
    }

    @Test
    @DisplayName("4.2 with discard new, a full stream rejects the next message: maximum messages exceeded [10077]")
    void discardNewRejectsWhenFull(Random random) {
        long max = 1 + random.nextInt(20);
        StreamConfig config = StreamConfig.of("JOBS", "jobs.>").withMaxMsgs(max).withDiscard(Discard.NEW);

        assertAccepted(
                () -> Admission.check(config, new StreamState(max - 1, 100, 1, max - 1), "jobs.a", new byte[1]),
                "with discard new, a stream holding %d of maxMsgs %d has room for one more",
                max - 1,
                max);
        PublishRejected rejected = rejectionOf(
                () -> Admission.check(config, new StreamState(max, 100, 1, max), "jobs.a", new byte[1]),
                "with discard new, a stream holding maxMsgs %d messages is full: the next would be one too many",
                max);

        assertThat(rejected.code())
                .as(EXERCISE.says("a full stream with discard new answers 10077"))
                .isEqualTo(10077);
        assertThat(rejected.description())
                .as(EXERCISE.says("the description nats-server gives with 10077 for a count limit"))
                .isEqualTo("maximum messages exceeded");
    }

    @Test
    @DisplayName("4.2 with discard new, a message that would pass maxBytes is rejected: maximum bytes exceeded [10077]")
    void discardNewRejectsOverBytes() {
        StreamConfig config =
                StreamConfig.of("JOBS", "jobs.>").withMaxBytes(100).withDiscard(Discard.NEW);

        // "jobs.a" is 6 bytes: 84 stored + 6 + 10 = 100 fits exactly, 11 bytes of payload would not
        assertAccepted(
                () -> Admission.check(config, new StreamState(4, 84, 1, 4), "jobs.a", new byte[10]),
                "with discard new, 84 stored + 6 (\"jobs.a\") + 10 of payload = 100 fits maxBytes 100 exactly");
        PublishRejected rejected = rejectionOf(
                () -> Admission.check(config, new StreamState(4, 84, 1, 4), "jobs.a", new byte[11]),
                "with discard new, 84 stored + 6 (\"jobs.a\") + 11 of payload = 101 is over maxBytes 100:"
                        + " the subject counts too, not only the payload");

        assertThat(rejected.code())
                .as(EXERCISE.says("over maxBytes with discard new is also 10077"))
                .isEqualTo(10077);
        assertThat(rejected.description())
                .as(EXERCISE.says("the description nats-server gives with 10077 for a bytes limit"))
                .isEqualTo("maximum bytes exceeded");
    }

    @Test
    @DisplayName("4.2 with discard old, a full stream accepts the message (it makes room afterwards)")
    void discardOldAcceptsWhenFull(Random random) {
        long max = 1 + random.nextInt(20);
        StreamConfig config =
                StreamConfig.of("EVENTS", "events.>").withMaxMsgs(max).withMaxBytes(50);

        assertAccepted(
                () -> Admission.check(config, new StreamState(max, 50, 1, max), "events.x", new byte[40]),
                "with discard old (the default) a full stream accepts the message and drops its oldest afterwards;"
                        + " only discard new rejects");
        assertThat(config.discard())
                .as(EXERCISE.says("discard old is the default, as on nats-server"))
                .isEqualTo(Discard.OLD);
    }

    /** Runs the check, which must reject: returns the rejection, or fails saying {@code why} it should have. */
    private static PublishRejected rejectionOf(Runnable check, String why, Object... args) {
        try {
            check.run();
        } catch (PublishRejected rejected) {
            return rejected;
        }
        throw new AssertionError(
                EXERCISE.says("expected a PublishRejected, but the message was let in: " + String.format(why, args)));
    }

    /** For a subject the stream did not capture: a reminder that its subjects are filters, not names. */
    private static String noStreamHint(PublishRejected rejected) {
        return rejected.code() == PublishRejected.NO_STREAM
                ? " (a stream's subjects are filters: match them with their wildcards, '*' and '>')"
                : "";
    }

    /** Runs the check, which must let the message in: fails saying {@code why} when it rejects it. */
    private static void assertAccepted(Runnable check, String why, Object... args) {
        try {
            check.run();
        } catch (PublishRejected rejected) {
            throw new AssertionError(
                    EXERCISE.says("expected the message to be let in, but it was rejected (" + rejected.getMessage()
                            + "): " + String.format(why, args) + noStreamHint(rejected)),
                    rejected);
        }
    }
}
