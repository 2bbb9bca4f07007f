package workshop.step04.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 4.5: the stream put together: publish, read, limits, purge. */
@ExtendWith(SeededRandomResolver.class)
class MemoryStreamTest {

    private static final Exercise EXERCISE = Exercise.of("4.5");

    private final TestClock clock = TestClock.atSomeDay();

    @Test
    @DisplayName("4.5 publish stores captured messages and acknowledges stream and sequence")
    void publishAcknowledges(Random random) {
        var stream = new MemoryStream(StreamConfig.of("ORDERS", "orders.>"), clock);
        int count = 2 + random.nextInt(5);

        for (int i = 1; i <= count; i++) {
            PublishAck ack = stream.publish("orders.eu." + i, bytes("order " + i));
            assertThat(ack)
                    .as(EXERCISE.says("the ack names the stream and the sequence"))
                    .isEqualTo(new PublishAck("ORDERS", i));
        }

        assertThat(stream.get(count))
                .as(EXERCISE.says("get(sequence) reads a stored message"))
                .hasValueSatisfying(m -> assertThat(m.text())
                        .as(EXERCISE.says("get(%d) is the message published as #%d", count, count))
                        .isEqualTo("order " + count));
        assertThat(stream.state())
                .as(EXERCISE.says("state(): %d messages, sequences 1 to %d", count, count))
                .isEqualTo(new StreamState(count, stream.state().bytes(), 1, count));
    }

    @Test
    @DisplayName("4.5 messages older than maxAge are gone once the clock moves, without waiting")
    void ageLimitWithTheClock(Random random) {
        Duration maxAge = Duration.ofMinutes(1 + random.nextInt(60));
        var stream = new MemoryStream(StreamConfig.of("METRICS", "metrics.*").withMaxAge(maxAge), clock);
        stream.publish("metrics.cpu", bytes("old"));
        clock.advance(maxAge.dividedBy(2));
        stream.publish("metrics.cpu", bytes("newer"));

        clock.advance(maxAge.dividedBy(2));

        assertThat(stream.get(1))
                .as(EXERCISE.says("#1 is maxAge old now: expired"))
                .isEmpty();
        assertThat(stream.lastBySubject("metrics.cpu"))
                .as(EXERCISE.says("#2 is younger and still there"))
                .hasValueSatisfying(m -> assertThat(m.text())
                        .as(EXERCISE.says("the last message on metrics.cpu is #2"))
                        .isEqualTo("newer"));
        assertThat(stream.state().firstSequence())
                .as(EXERCISE.says("with #1 expired, the first sequence is 2"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("4.5 discard new rejects when full; nothing is stored and no sequence is used up")
    void discardNewRejects(Random random) {
        int max = 1 + random.nextInt(5);
        var stream = new MemoryStream(
                StreamConfig.of("JOBS", "jobs.*").withMaxMsgs(max).withDiscard(Discard.NEW), clock);
        for (int i = 1; i <= max; i++) {
            publishAccepted(
                    stream,
                    "jobs.resize",
                    "job " + i,
                    "message %d of maxMsgs %d has room (admit before you append)",
                    i,
                    max);
        }

        PublishRejected rejected = null;
        try {
            stream.publish("jobs.resize", bytes("one too many"));
        } catch (PublishRejected e) {
            rejected = e;
        }

        assertThat(rejected)
                .as(EXERCISE.says("the %d+1st message is rejected: maximum messages exceeded", max))
                .isNotNull();
        assertThat(rejected.code()).isEqualTo(10077);
        assertThat(stream.state().messages())
                .as(EXERCISE.says(
                        "the %d stored messages stay, the rejected one is not stored (admit before you append)", max))
                .isEqualTo(max);
        stream.purge();
        assertThat(stream.publish("jobs.resize", bytes("after purge")).sequence())
                .as(EXERCISE.says("the rejected message used no sequence number"))
                .isEqualTo(max + 1);
    }

    @Test
    @DisplayName("4.5 discard old keeps the newest maxMsgs; a last-value stream keeps one per subject")
    void discardOldAndLastValue() {
        var window = new MemoryStream(StreamConfig.of("W", "w").withMaxMsgs(2), clock);
        window.publish("w", bytes("1"));
        window.publish("w", bytes("2"));
        window.publish("w", bytes("3"));
        assertThat(window.state())
                .as(EXERCISE.says(
                        "discard old drops the oldest as soon as a new one is stored: #1 goes when #3 is stored"))
                .isEqualTo(new StreamState(2, 4, 2, 3));

        var prices = new MemoryStream(StreamConfig.of("PRICES", "price.*").withMaxMsgsPerSubject(1), clock);
        prices.publish("price.btc", bytes("100"));
        prices.publish("price.eth", bytes("7"));
        prices.publish("price.btc", bytes("101"));
        assertThat(prices.state().messages())
                .as(EXERCISE.says("one message per subject"))
                .isEqualTo(2);
        assertThat(prices.lastBySubject("price.btc"))
                .as(EXERCISE.says("price.btc keeps its newest value"))
                .hasValueSatisfying(m -> assertThat(m.text())
                        .as(EXERCISE.says("the newest price.btc is 101"))
                        .isEqualTo("101"));
    }

    @Test
    @DisplayName("4.5 purge empties the stream or one subject; sequences go on")
    void purge(Random random) {
        var stream = new MemoryStream(StreamConfig.of("EVENTS", "events.>"), clock);
        int created = 1 + random.nextInt(5);
        for (int i = 0; i < created; i++) {
            stream.publish("events.created", bytes("c" + i));
        }
        stream.publish("events.deleted", bytes("d"));
        stream.publish("events.audit.daily", bytes("a"));

        assertThat(stream.purge("events.created"))
                .as(EXERCISE.says("purge(subject) removes only that subject's messages"))
                .isEqualTo(created);
        assertThat(stream.purge("events.*"))
                .as(EXERCISE.says(
                        "purge takes a filter with wildcards: events.* removes events.deleted, not events.audit.daily"))
                .isEqualTo(1);
        assertThat(stream.lastBySubject("events.>"))
                .as(EXERCISE.says("events.audit.daily is still there"))
                .hasValueSatisfying(m -> assertThat(m.subject())
                        .as(EXERCISE.says("the newest message left is on events.audit.daily"))
                        .isEqualTo("events.audit.daily"));
        assertThat(stream.purge()).as(EXERCISE.says("purge() removes the rest")).isEqualTo(1);
        assertThat(stream.state())
                .as(EXERCISE.says("empty, and the next sequence is where it was"))
                .isEqualTo(new StreamState(0, 0, created + 3, created + 2));
    }

    @Test
    @DisplayName(
            "4.5 discard new counts only what has not expired: a stream full of expired messages accepts a new one")
    void expiredMessagesMakeRoom(Random random) {
        Duration maxAge = Duration.ofMinutes(1 + random.nextInt(60));
        int max = 1 + random.nextInt(5);
        var stream = new MemoryStream(
                StreamConfig.of("JOBS", "jobs.*")
                        .withMaxMsgs(max)
                        .withMaxAge(maxAge)
                        .withDiscard(Discard.NEW),
                clock);
        for (int i = 1; i <= max; i++) {
            publishAccepted(stream, "jobs.resize", "job " + i, "message %d of maxMsgs %d has room", i, max);
        }

        clock.advance(maxAge);

        PublishAck ack = publishAccepted(
                stream,
                "jobs.resize",
                "after expiry",
                "the %d stored messages have expired (maxAge %s): drop what expired before admitting",
                max,
                maxAge);
        assertThat(ack.sequence())
                .as(EXERCISE.says("the new message continues the sequence"))
                .isEqualTo(max + 1);
    }

    /** Publishes a message that must be stored; fails saying {@code why} when the stream rejects it. */
    private static PublishAck publishAccepted(
            MemoryStream stream, String subject, String text, String why, Object... args) {
        try {
            return stream.publish(subject, bytes(text));
        } catch (PublishRejected rejected) {
            throw new AssertionError(
                    EXERCISE.says(
                            "'%s' was rejected (%s), but %s", text, rejected.getMessage(), String.format(why, args)),
                    rejected);
        }
    }

    @Test
    @DisplayName("4.5 a rejected publish leaves the stream as it was")
    void rejectionsLeaveNoTrace() {
        var stream = new MemoryStream(StreamConfig.of("S", "s.*").withMaxMsgSize(4), clock);

        try {
            stream.publish("other", bytes("x"));
        } catch (PublishRejected expected) {
            assertThat(expected.code())
                    .as(EXERCISE.says("a subject the stream does not capture is rejected as no stream"))
                    .isEqualTo(PublishRejected.NO_STREAM);
        }
        try {
            stream.publish("s.a", bytes("too large"));
        } catch (PublishRejected expected) {
            assertThat(expected.code())
                    .as(EXERCISE.says("a payload over maxMsgSize is rejected as too large"))
                    .isEqualTo(PublishRejected.MESSAGE_TOO_LARGE);
        }

        assertThat(stream.state())
                .as(EXERCISE.says("a rejected publish stores nothing and uses no sequence (admit before you append)"))
                .isEqualTo(new StreamState(0, 0, 0, 0));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
