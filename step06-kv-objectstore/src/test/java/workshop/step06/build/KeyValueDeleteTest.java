package workshop.step06.build;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step06.build.KeyValuePutGetTest.bytes;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step06.given.MemoryStream;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 6.3: delete and purge markers, history and keys. */
@ExtendWith(SeededRandomResolver.class)
class KeyValueDeleteTest {

    private static final Exercise EXERCISE = Exercise.of("6.3");
    private final MemoryStream stream = new MemoryStream("KV_users", 10);
    private final KeyValue bucket = new KeyValue("users", stream);

    /** Puts a value the way put() does, so these tests need only exercise 6.3's code. */
    private void append(String key, byte[] value) {
        stream.append("$KV.users." + key, Map.of(), value);
    }

    @Test
    @DisplayName("6.3 delete appends a DEL marker: the value is gone, the history is kept")
    void deleteKeepsHistory(Random random) {
        int puts = 1 + random.nextInt(4);
        for (int i = 1; i <= puts; i++) {
            append("u1", bytes("v" + i));
        }

        bucket.delete("u1");

        assertThat(bucket.history("u1"))
                .as(EXERCISE.says("delete keeps the history: %d PUTs, then a DEL marker", puts))
                .extracting(KvEntry::operation)
                .hasSize(puts + 1)
                .endsWith(KvOperation.DEL)
                .startsWith(KvOperation.PUT);
        assertThat(bucket.history("u1").getLast().revision())
                .as(EXERCISE.says("the DEL marker is a message too, with its own revision"))
                .isEqualTo(stream.lastSequence());
        assertThat(stream.lastOn("$KV.users.u1").orElseThrow().header(KeyValue.OPERATION_HEADER))
                .as(EXERCISE.says("the newest message on the key's subject carries KV-Operation: DEL"))
                .hasValue("DEL");
    }

    @Test
    @DisplayName("6.3 purge leaves a single PURGE marker in the key's history")
    void purgeDropsHistory(Random random) {
        int puts = 2 + random.nextInt(4);
        for (int i = 1; i <= puts; i++) {
            append("u2", bytes("v" + i));
        }
        append("u3", bytes("stays"));

        bucket.purge("u2");

        assertThat(bucket.history("u2"))
                .as(EXERCISE.says("after purge only the PURGE marker remains of %d entries", puts))
                .extracting(KvEntry::operation)
                .containsExactly(KvOperation.PURGE);
        assertThat(stream.messages("$KV.users.u2"))
                .as(EXERCISE.says("the stream holds only the marker for u2"))
                .hasSize(1);
        assertThat(bucket.history("u3"))
                .as(EXERCISE.says("purge touches only its own key"))
                .hasSize(1);
    }

    @Test
    @DisplayName(
            "6.3 keys lists the keys that have a value now, and history is bounded by the stream's per-subject limit")
    void keysAndLimit() {
        append("alice", bytes("1"));
        append("bob", bytes("2"));
        append("carol", bytes("3"));
        bucket.delete("bob");
        for (int i = 0; i < 15; i++) {
            append("carol", bytes("c" + i));
        }

        assertThat(bucket.keys())
                .as(EXERCISE.says("keys leaves out the deleted 'bob'"))
                .containsExactlyInAnyOrder("alice", "carol");
        assertThat(bucket.history("carol"))
                .as(EXERCISE.says("the stream keeps 10 messages per subject, so 'carol' has 10 entries"))
                .hasSize(10);
    }
}
