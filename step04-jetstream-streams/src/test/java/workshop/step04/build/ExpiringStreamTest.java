package workshop.step04.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 4.14: per-message TTLs and subject delete markers in a stream of our own. */
@ExtendWith(SeededRandomResolver.class)
class ExpiringStreamTest {

    private static final Exercise EXERCISE = Exercise.of("4.14");
    private static final Duration NO_MARKERS = Duration.ZERO;

    private final TestClock clock = TestClock.atSomeDay();

    @Test
    @DisplayName("4.14 a message with a TTL expires when its TTL has passed; the messages around it stay")
    void ttlExpiresOneMessage(Random random) {
        ExpiringStream stream = new ExpiringStream(StreamConfig.of("SESSIONS", "session.>"), NO_MARKERS, clock);
        Duration ttl = Duration.ofSeconds(1 + random.nextInt(60));
        stream.publish("session.a", bytes("stays"));
        long token = stream.publish("session.token", bytes("expires"), ttl).sequence();
        stream.publish("session.b", bytes("stays too"));

        clock.advance(ttl.minusMillis(1));
        assertThat(stream.get(token))
                .as(EXERCISE.says("1 ms before its TTL of %s, #%d is still there", ttl, token))
                .isPresent();
        clock.advance(Duration.ofMillis(1));
        assertThat(stream.get(token))
                .as(EXERCISE.says("once its TTL of %s has passed, #%d is gone", ttl, token))
                .isEmpty();
        assertThat(stream.state().messages())
                .as(EXERCISE.says("the two messages without a TTL stay (no maxAge)"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("4.14 a TTL under one second is refused with invalid per-message TTL [10165], and nothing is stored")
    void ttlUnderASecond(Random random) {
        ExpiringStream stream = new ExpiringStream(StreamConfig.of("SESSIONS", "session.>"), NO_MARKERS, clock);
        Duration tooShort = Duration.ofMillis(1 + random.nextInt(999));

        PublishRejected rejected = catchThrowableOfType(
                PublishRejected.class, () -> stream.publish("session.x", bytes("too short"), tooShort));

        assertThat(rejected)
                .as(EXERCISE.says("a TTL of %s is refused", tooShort))
                .isNotNull();
        assertThat(rejected.code()).as(EXERCISE.says("with the server's code")).isEqualTo(ExpiringStream.INVALID_TTL);
        assertThat(stream.state().lastSequence())
                .as(EXERCISE.says("nothing was stored"))
                .isZero();
    }

    @Test
    @DisplayName(
            "4.14 a TTL makes a message expire before maxAge, never after; a never-expiring message outlives maxAge")
    void ttlAgainstMaxAge(Random random) {
        Duration maxAge = Duration.ofSeconds(10 + random.nextInt(50));
        ExpiringStream stream =
                new ExpiringStream(StreamConfig.of("CONFIG", "config.>").withMaxAge(maxAge), NO_MARKERS, clock);
        Duration shorter = Duration.ofSeconds(1 + random.nextInt(9));
        long plain = stream.publish("config.plain", bytes("maxAge")).sequence();
        long soon = stream.publish("config.soon", bytes("TTL"), shorter).sequence();
        long late = stream.publish("config.late", bytes("TTL beyond maxAge"), maxAge.multipliedBy(2))
                .sequence();
        long forever =
                stream.publishNeverExpiring("config.pinned", bytes("never")).sequence();

        clock.advance(shorter);
        assertThat(stream.get(soon))
                .as(EXERCISE.says("#%d expires at its TTL of %s, before maxAge %s", soon, shorter, maxAge))
                .isEmpty();
        assertThat(stream.get(plain))
                .as(EXERCISE.says("#%d without a TTL waits for maxAge %s", plain, maxAge))
                .isPresent();

        clock.advance(maxAge.minus(shorter));
        assertThat(stream.get(plain))
                .as(EXERCISE.says("#%d expires at maxAge %s", plain, maxAge))
                .isEmpty();
        assertThat(stream.get(late))
                .as(EXERCISE.says("#%d: a TTL longer than maxAge does not keep it past maxAge", late))
                .isEmpty();

        clock.advance(Duration.ofDays(365));
        assertThat(stream.get(forever))
                .as(EXERCISE.says("#%d, published never to expire, is there a year later", forever))
                .isPresent();
    }

    @Test
    @DisplayName(
            "4.14 when a subject's last message expires, a delete marker with the reason MaxAge takes its place, and expires in turn without a marker")
    void deleteMarker(Random random) {
        Duration maxAge = Duration.ofSeconds(10);
        Duration markerTtl = Duration.ofSeconds(2 + random.nextInt(5));
        ExpiringStream stream =
                new ExpiringStream(StreamConfig.of("PRESENCE", "presence.>").withMaxAge(maxAge), markerTtl, clock);
        String device = "presence.device" + random.nextInt(100);
        stream.publish(device, bytes("online"));
        clock.advance(Duration.ofSeconds(1));
        long last = stream.publish(device, bytes("still online")).sequence();

        clock.advance(maxAge.minusSeconds(1)); // the first has expired, the second has not
        assertThat(stream.lastBySubject(device).map(StoredMessage::sequence))
                .as(EXERCISE.says("no marker while %s still has a message", device))
                .contains(last);

        clock.advance(Duration.ofSeconds(1)); // the last message of the subject expires
        StoredMessage marker = stream.lastBySubject(device).orElse(null);
        assertThat(marker)
                .as(EXERCISE.says("a delete marker is the newest message on %s", device))
                .isNotNull();
        assertThat(marker.sequence())
                .as(EXERCISE.says("the marker is a new message, after #%d", last))
                .isGreaterThan(last);
        assertThat(marker.data()).as(EXERCISE.says("a marker has no payload")).isEmpty();
        assertThat(stream.markerReason(marker.sequence()))
                .as(EXERCISE.says("the marker says why"))
                .contains(ExpiringStream.MAX_AGE);
        assertThat(stream.markerReason(last))
                .as(EXERCISE.says("an expired message has no marker reason"))
                .isEmpty();

        clock.advance(markerTtl);
        assertThat(stream.lastBySubject(device))
                .as(EXERCISE.says("the marker expires after its TTL %s and leaves no marker", markerTtl))
                .isEmpty();
        assertThat(stream.state().messages())
                .as(EXERCISE.says("the stream is empty"))
                .isZero();
    }

    @Test
    @DisplayName("4.14 with markers on, a TTL shorter than the marker TTL is raised to it, as nats-server does")
    void ttlRaisedToMarkerTtl(Random random) {
        Duration markerTtl = Duration.ofSeconds(5 + random.nextInt(10));
        ExpiringStream stream = new ExpiringStream(StreamConfig.of("TOKENS", "token.>"), markerTtl, clock);
        long token = stream.publish("token.login", bytes("short-lived"), Duration.ofSeconds(1))
                .sequence();

        clock.advance(Duration.ofSeconds(1));
        assertThat(stream.get(token))
                .as(EXERCISE.says("a 1 s TTL lives as long as the marker TTL %s", markerTtl))
                .isPresent();
        clock.advance(markerTtl.minusSeconds(1));
        assertThat(stream.get(token))
                .as(EXERCISE.says("gone after the marker TTL %s", markerTtl))
                .isEmpty();
        assertThat(stream.lastBySubject("token.login").flatMap(m -> stream.markerReason(m.sequence())))
                .as(EXERCISE.says("and a marker took its place"))
                .contains(ExpiringStream.MAX_AGE);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
