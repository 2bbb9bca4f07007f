package workshop.step06.build;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step06.given.MemoryStream;
import workshop.testkit.SeededRandomResolver;

import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.step06.build.KeyValuePutGetTest.bytes;

/** Exercise 6.2: create-if-absent and compare-and-set update. */
@ExtendWith(SeededRandomResolver.class)
class KeyValueConditionalTest {

    private static final String README = " (see step06-kv-objectstore/README.md#62-create-and-update-with-an-expected-revision)";
    private final MemoryStream stream = new MemoryStream("KV_seats", 5);
    private final KeyValue bucket = new KeyValue("seats", stream);

    @Test
    @DisplayName("6.2 create stores a value for a new key and refuses a key that has one")
    void createOnlyIfAbsent(Random random) {
        String seat = "A" + random.nextInt(30);

        long revision = bucket.create(seat, bytes("alice"));

        assertThat(stream.lastOn("$KV.seats." + seat)).as("Exercise 6.2: create stored the value on the key's subject")
                .map(message -> message.sequence()).hasValue(revision);
        assertThatThrownBy(() -> bucket.create(seat, bytes("bob")))
                .as("Exercise 6.2: a second create of %s fails with KvConflictException%s", seat, README)
                .isInstanceOf(KvConflictException.class);
        assertThat(stream.lastOn("$KV.seats." + seat).orElseThrow().data()).as("Exercise 6.2: the first value stays").isEqualTo(bytes("alice"));
    }

    @Test
    @DisplayName("6.2 create succeeds again once the key's latest entry is a delete marker")
    void createAfterDelete() {
        stream.append("$KV.seats.B1", Map.of(), bytes("carol")); // as put() does
        stream.append("$KV.seats.B1", Map.of(KeyValue.OPERATION_HEADER, "DEL"), new byte[0]); // as delete() does

        long revision = bucket.create("B1", bytes("dave"));

        assertThat(stream.lastOn("$KV.seats.B1").orElseThrow().data()).as("Exercise 6.2: a deleted key can be created again" + README)
                .isEqualTo(bytes("dave"));
        assertThat(revision).isEqualTo(stream.lastSequence());
    }

    @Test
    @DisplayName("6.2 update succeeds at the expected revision and fails once someone else wrote")
    void compareAndSet(Random random) {
        long read = stream.append("$KV.seats.C7", Map.of(), bytes("free")); // as put() does
        long mine = bucket.update("C7", bytes("erin"), read);

        assertThat(mine).as("Exercise 6.2: update at the current revision succeeds and returns the new one" + README).isGreaterThan(read);
        assertThatThrownBy(() -> bucket.update("C7", bytes("frank"), read))
                .as("Exercise 6.2: update with the stale revision %d fails with KvConflictException%s", read, README)
                .isInstanceOf(KvConflictException.class);
        assertThat(stream.lastOn("$KV.seats.C7").orElseThrow().data()).as("Exercise 6.2: the refused update changed nothing").isEqualTo(bytes("erin"));
        long unrelated = stream.append("$KV.seats.D" + random.nextInt(9), Map.of(), bytes("gina"));
        assertThat(bucket.update("C7", bytes("hank"), mine)).as("Exercise 6.2: writes to other keys do not disturb C7's revision")
                .isGreaterThan(unrelated);
    }
}
