package workshop.step06.build;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step06.build.KeyValuePutGetTest.bytes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step06.given.MemoryStream;
import workshop.step06.given.StoredMessage;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 6.16: per-key TTLs and limit markers on the in-memory stream, moved by a test clock. */
@ExtendWith(SeededRandomResolver.class)
class ExpiringKeyValueTest {

    private static final Exercise EXERCISE = Exercise.of("6.16");
    private static final Duration MARKER_TTL = Duration.ofSeconds(30);
    private final MemoryStream stream = new MemoryStream("KV_sessions", 1);
    private final TestClock clock = TestClock.atSomeDay();
    private final ExpiringKeyValue sessions = new ExpiringKeyValue("sessions", stream, clock, MARKER_TTL);

    @Test
    @DisplayName("6.16 a key put with a TTL keeps its value until the TTL has passed, and is a marker after it")
    void expiresAfterItsTtl(Random random) {
        Duration ttl = Duration.ofSeconds(2 + random.nextInt(60));
        String subject = sessions.subjectOf("alice");

        long revision = sessions.put("alice", bytes("token-1"), ttl);
        assertThat(last(subject).flatMap(message -> message.header(ExpiringKeyValue.TTL_HEADER)))
                .as(EXERCISE.says("the put is a message whose header Nats-TTL is the TTL in seconds"))
                .contains(ttl.toSeconds() + "s");

        clock.advance(ttl.minusSeconds(1));
        sessions.expireDue();
        assertThat(last(subject).map(StoredMessage::sequence))
                .as(EXERCISE.says("one second before its TTL of %s, the key still holds its value", ttl))
                .contains(revision);

        clock.advance(Duration.ofSeconds(1));
        int expired = sessions.expireDue();
        assertThat(expired).as(EXERCISE.says("at its TTL the value expires")).isEqualTo(1);
        assertThat(last(subject).flatMap(message -> message.header(ExpiringKeyValue.MARKER_REASON_HEADER)))
                .as(EXERCISE.says("the key's last message is now a marker with the reason MaxAge"))
                .contains("MaxAge");
        assertThat(stream.messages(subject))
                .as(EXERCISE.says("the marker rolled the key up: the expired value is gone"))
                .hasSize(1);
    }

    @Test
    @DisplayName("6.16 a watcher hears the expiry once: a PURGE marker without a value, with a TTL of its own")
    void watcherHearsOneMarker(Random random) {
        List<KvEntry> heard = new ArrayList<>();
        Duration ttl = Duration.ofSeconds(1 + random.nextInt(10));
        sessions.put("bob", bytes("token-2"), ttl);
        stream.listen(message -> heard.add(entryOf(message)));

        clock.advance(ttl);
        sessions.expireDue();
        sessions.expireDue(); // the timer fires again: the value expired once
        clock.advance(Duration.ofSeconds(1));
        sessions.expireDue();

        assertThat(heard)
                .as(EXERCISE.says("one marker for bob, as a PURGE without a value"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.key())
                            .as(EXERCISE.says("the marker is on bob"))
                            .isEqualTo("bob");
                    assertThat(entry.operation())
                            .as(EXERCISE.says("an expiry is a PURGE marker, not a DEL: the value is gone, not deleted"))
                            .isEqualTo(KvOperation.PURGE);
                    assertThat(entry.value())
                            .as(EXERCISE.says("the marker carries no value"))
                            .isEmpty();
                });
        assertThat(last(sessions.subjectOf("bob")).flatMap(message -> message.header(ExpiringKeyValue.TTL_HEADER)))
                .as(EXERCISE.says("the marker expires too: its Nats-TTL is the marker TTL"))
                .contains(MARKER_TTL.toSeconds() + "s");
    }

    @Test
    @DisplayName("6.16 a later put resets the key: the first TTL no longer removes it, the new one does")
    void laterPutRenews(Random random) {
        Duration ttl = Duration.ofSeconds(10 + random.nextInt(20));
        String subject = sessions.subjectOf("carol");
        sessions.put("carol", bytes("token-3"), ttl);
        clock.advance(ttl.minusSeconds(5));
        long renewed = sessions.put("carol", bytes("token-4"), ttl);

        clock.advance(Duration.ofSeconds(5));
        int expiredAtFirstTtl = sessions.expireDue();
        assertThat(expiredAtFirstTtl)
                .as(EXERCISE.says("at the first put's TTL nothing expires: a newer put holds the key"))
                .isZero();
        assertThat(last(subject).map(StoredMessage::sequence))
                .as(EXERCISE.says("the renewed value is still there"))
                .contains(renewed);

        clock.advance(ttl.minusSeconds(5));
        sessions.expireDue();
        assertThat(last(subject).flatMap(message -> message.header(ExpiringKeyValue.MARKER_REASON_HEADER)))
                .as(EXERCISE.says("a full TTL after the second put, the key expires"))
                .contains("MaxAge");
    }

    @Test
    @DisplayName(
            "6.16 the marker expires after the marker TTL: then the key has no message at all, and its neighbour without a TTL stays")
    void markerExpiresToo(Random random) {
        String neighbour = sessions.subjectOf("dave");
        long kept = stream.append(neighbour, Map.of(), bytes("no-ttl")); // a put without TTL, as KeyValue.put writes it
        Duration ttl = Duration.ofSeconds(1 + random.nextInt(5));
        sessions.put("erin", bytes("token-5"), ttl);

        clock.advance(ttl.plusSeconds(1 + random.nextInt(5))); // the expiry timer may fire late
        sessions.expireDue();
        clock.advance(MARKER_TTL.minusSeconds(1));
        sessions.expireDue();
        assertThat(stream.messages(sessions.subjectOf("erin")))
                .as(EXERCISE.says("the marker stays for its TTL, counted from when it was written"))
                .hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        sessions.expireDue();
        assertThat(stream.messages(sessions.subjectOf("erin")))
                .as(EXERCISE.says(
                        "at its marker TTL the key has no message left: a TTL ends at its TTL, not a moment later"))
                .isEmpty();
        assertThat(last(neighbour).map(StoredMessage::sequence))
                .as(EXERCISE.says("a key without TTL never expires"))
                .contains(kept);
    }

    private Optional<StoredMessage> last(String subject) {
        return stream.lastOn(subject);
    }

    /** Reads a message as KeyValue's toEntry does, so these tests need only ExpiringKeyValue solved. */
    private static KvEntry entryOf(StoredMessage message) {
        String key = message.subject().substring("$KV.sessions.".length());
        KvOperation operation = message.header(KeyValue.OPERATION_HEADER)
                .map(KvOperation::valueOf)
                .orElse(KvOperation.PUT);
        return new KvEntry(key, message.data(), message.sequence(), operation);
    }
}
