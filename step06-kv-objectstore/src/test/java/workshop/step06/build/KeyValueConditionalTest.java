package workshop.step06.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static workshop.step06.build.KeyValuePutGetTest.bytes;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step06.given.MemoryStream;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 6.2: create-if-absent and compare-and-set update. */
@ExtendWith(SeededRandomResolver.class)
class KeyValueConditionalTest {

    private static final Exercise EXERCISE = Exercise.of("6.2");
    private final MemoryStream stream = new MemoryStream("KV_seats", 5);
    private final KeyValue bucket = new KeyValue("seats", stream);

    @Test
    @DisplayName("6.2 create stores a value for a new key and refuses a key that has one")
    void createOnlyIfAbsent(Random random) {
        String seat = "A" + random.nextInt(30);

        long revision = bucket.create(seat, bytes("alice"));

        assertThat(stream.lastOn("$KV.seats." + seat))
                .as(EXERCISE.says("create stored the value on the key's subject"))
                .map(message -> message.sequence())
                .hasValue(revision);
        assertThat(catchThrowable(() -> bucket.create(seat, bytes("bob"))))
                .as(EXERCISE.says("a second create of %s fails with KvConflictException", seat))
                .isInstanceOf(KvConflictException.class);
        assertThat(stream.lastOn("$KV.seats." + seat).orElseThrow().data())
                .as(EXERCISE.says("the first value stays"))
                .isEqualTo(bytes("alice"));
    }

    @Test
    @DisplayName("6.2 create succeeds again once the key's latest entry is a delete marker")
    void createAfterDelete() {
        stream.append("$KV.seats.B1", Map.of(), bytes("carol")); // as put() does
        stream.append("$KV.seats.B1", Map.of(KeyValue.OPERATION_HEADER, "DEL"), new byte[0]); // as delete() does

        long revision = succeeds(
                () -> bucket.create("B1", bytes("dave")),
                "a deleted key can be created again: its latest entry is a delete marker, not a value");

        assertThat(stream.lastOn("$KV.seats.B1").orElseThrow().data())
                .as(EXERCISE.says("a deleted key can be created again"))
                .isEqualTo(bytes("dave"));
        assertThat(revision)
                .as(EXERCISE.says("create returns the new revision: the stream's last sequence"))
                .isEqualTo(stream.lastSequence());
    }

    @Test
    @DisplayName("6.2 update succeeds at the expected revision and fails once someone else wrote")
    void compareAndSet(Random random) {
        long read = stream.append("$KV.seats.C7", Map.of(), bytes("free")); // as put() does
        long mine = bucket.update("C7", bytes("erin"), read);

        assertThat(mine)
                .as(EXERCISE.says("update at the current revision succeeds and returns the new one"))
                .isGreaterThan(read);
        assertThat(catchThrowable(() -> bucket.update("C7", bytes("frank"), read)))
                .as(EXERCISE.says(
                        "update with the stale revision %d fails with KvConflictException: C7 is at %d now",
                        read, mine))
                .isInstanceOf(KvConflictException.class);
        assertThat(stream.lastOn("$KV.seats.C7").orElseThrow().data())
                .as(EXERCISE.says("the refused update changed nothing"))
                .isEqualTo(bytes("erin"));
        long unrelated = stream.append("$KV.seats.D" + random.nextInt(9), Map.of(), bytes("gina"));
        assertThat(succeeds(
                        () -> bucket.update("C7", bytes("hank"), mine),
                        "writes to other keys do not disturb C7's revision: expecting " + mine + " still succeeds"))
                .as(EXERCISE.says("writes to other keys do not disturb C7's revision"))
                .isGreaterThan(unrelated);
    }

    /** Runs a write that must succeed; a KvConflictException fails the test with {@code why}, not a bare stack trace. */
    private static long succeeds(java.util.function.LongSupplier write, String why) {
        try {
            return write.getAsLong();
        } catch (KvConflictException refused) {
            throw new AssertionError(EXERCISE.says("%s; it was refused: %s", why, refused.getMessage()), refused);
        }
    }
}
