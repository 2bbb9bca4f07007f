package workshop.step06.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step06.given.MemoryStream;
import workshop.step06.given.StoredMessage;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 6.1: put and get on top of a stream. */
@ExtendWith(SeededRandomResolver.class)
class KeyValuePutGetTest {

    private static final Exercise EXERCISE = Exercise.of("6.1");
    private final MemoryStream stream = new MemoryStream("KV_config", 5);
    private final KeyValue bucket = new KeyValue("config", stream);

    @Test
    @DisplayName("6.1 a put is a message on $KV.<bucket>.<key>, and its revision is the message's sequence")
    void putIsAMessage(Random random) {
        String value = "timeout=" + random.nextInt(100);

        long revision = bucket.put("service.timeout", bytes(value));

        assertThat(stream.lastOn("$KV.config.service.timeout"))
                .as(EXERCISE.says("the value is stored as a message on" + " $KV.config.service.timeout"))
                .isPresent();
        StoredMessage stored = stream.lastOn("$KV.config.service.timeout").orElseThrow();
        assertThat(new String(stored.data(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("the message carries the value"))
                .isEqualTo(value);
        assertThat(revision)
                .as(EXERCISE.says("put returns the stored message's sequence as the revision"))
                .isEqualTo(stored.sequence());
    }

    @Test
    @DisplayName("6.1 get returns the latest value with its revision; revisions grow across the whole bucket")
    void getReturnsLatest(Random random) {
        int puts = 2 + random.nextInt(4);
        long lastRevision = 0;
        for (int i = 1; i <= puts; i++) {
            lastRevision = bucket.put("color", bytes("v" + i));
        }
        long otherRevision = bucket.put("size", bytes("XL"));

        var color = bucket.get("color");

        assertThat(color).as(EXERCISE.says("'color' has a value")).isPresent();
        assertThat(color.get().valueAsString())
                .as(EXERCISE.says("get returns the last of %d puts", puts))
                .isEqualTo("v" + puts);
        assertThat(color.get().revision())
                .as(EXERCISE.says("with the revision of that put"))
                .isEqualTo(lastRevision);
        assertThat(color.get().key())
                .as(EXERCISE.says("the entry names its key"))
                .isEqualTo("color");
        assertThat(color.get().operation())
                .as(EXERCISE.says("a value is a PUT"))
                .isEqualTo(KvOperation.PUT);
        assertThat(otherRevision)
                .as(EXERCISE.says("revisions are stream sequences: the next put, on any key, gets the next one"))
                .isEqualTo(lastRevision + 1);
        assertThat(bucket.get("never-put"))
                .as(EXERCISE.says("a key that was never put has no value"))
                .isEmpty();
    }

    @Test
    @DisplayName("6.1 a delete marker on the key's subject means the key has no value")
    void markerMeansNoValue() {
        bucket.put("feature", bytes("on"));
        stream.append(
                "$KV.config.feature",
                java.util.Map.of(KeyValue.OPERATION_HEADER, "DEL"),
                new byte[0]); // as delete() will

        assertThat(bucket.get("feature"))
                .as(EXERCISE.says("when the latest message is a DEL marker, get finds nothing"))
                .isEmpty();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
