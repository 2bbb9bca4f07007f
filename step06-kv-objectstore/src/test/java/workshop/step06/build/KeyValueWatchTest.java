package workshop.step06.build;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step06.build.KeyValuePutGetTest.bytes;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step06.given.MemoryStream;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 6.4: watch = current values, an end-of-initial-data marker, then updates. */
@ExtendWith(SeededRandomResolver.class)
class KeyValueWatchTest {

    private static final Exercise EXERCISE = Exercise.of("6.4");
    private final MemoryStream stream = new MemoryStream("KV_flags", 5);
    private final KeyValue bucket = new KeyValue("flags", stream);
    private final List<String> heard = new ArrayList<>();
    private final KvWatcher recorder = new KvWatcher() {
        @Override
        public void onEntry(KvEntry entry) {
            heard.add(entry.operation() + " " + entry.key()
                    + (entry.operation() == KvOperation.PUT ? "=" + entry.valueAsString() : ""));
        }

        @Override
        public void endOfInitialData() {
            heard.add("END");
        }
    };

    /** Puts a value the way put() does, so these tests need only exercise 6.4's code. */
    private void append(String key, byte[] value) {
        stream.append("$KV.flags." + key, java.util.Map.of(), value);
    }

    @Test
    @DisplayName("6.4 a watch reports each key's current value once, then the end marker, then every change")
    void currentThenEndThenUpdates(Random random) {
        int darkVersions = 2 + random.nextInt(3);
        for (int i = 1; i <= darkVersions; i++) {
            append("ui.dark", bytes("v" + i));
        }
        append("ui.beta", bytes("off"));
        append("ui.old", bytes("on"));
        stream.append(
                "$KV.flags.ui.old",
                java.util.Map.of(KeyValue.OPERATION_HEADER, "DEL"),
                new byte[0]); // deleted before the watch

        Runnable stop = bucket.watch(">", recorder);
        append("ui.beta", bytes("on"));
        stream.append("$KV.flags.ui.dark", java.util.Map.of(KeyValue.OPERATION_HEADER, "DEL"), new byte[0]);
        stop.run();
        append("ui.beta", bytes("after-stop"));

        assertThat(heard)
                .as(EXERCISE.says(
                        "current values (latest only, deleted keys left out), then endOfInitialData (END), then the put and"
                                + " the delete;"
                                + " nothing after stop"))
                .containsExactly(
                        "PUT ui.dark=v" + darkVersions, "PUT ui.beta=off", "END", "PUT ui.beta=on", "DEL ui.dark");
    }

    @Test
    @DisplayName("6.4 a watch with a key filter hears only matching keys, and the end marker even when none match")
    void filtered() {
        append("eu.checkout", bytes("on"));
        append("us.checkout", bytes("off"));

        bucket.watch("apac.*", recorder);
        append("us.search", bytes("on"));
        append("apac.search", bytes("on"));

        assertThat(heard)
                .as(
                        EXERCISE.says(
                                "nothing matches apac.* at first, so endOfInitialData (END) comes at once; then only apac.search"))
                .containsExactly("END", "PUT apac.search=on");
    }
}
