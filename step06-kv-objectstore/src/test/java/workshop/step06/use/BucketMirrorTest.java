package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueWatchOption;
import io.nats.client.api.KeyValueWatcher;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.9: a local copy of a bucket, kept current by a watch. */
@NatsServerTest
class BucketMirrorTest {

    private static final Exercise EXERCISE = Exercise.of("6.9");

    @Test
    @DisplayName(
            "6.9 the mirror holds the current values once the initial data has arrived, then follows puts and deletes")
    void mirrorsTheBucket(Connection connection, TestResources resources, Random random) throws Exception {
        KeyValue config = MemoryBuckets.create(connection, resources.bucket("config"));
        String timeout = Integer.toString(100 + random.nextInt(900));
        config.put("http.timeout", "1");
        config.put("http.timeout", timeout);
        config.put("http.retries", "3");
        config.put("db.pool", "10");
        config.delete("db.pool");

        try (BucketMirror mirror = BucketMirror.start(config, ">")) {
            assertThat(mirror.awaitInitialData(Duration.ofSeconds(2)))
                    .as(EXERCISE.says("endOfData() arrives after the current values"))
                    .isTrue();
            assertThat(mirror.values())
                    .as(EXERCISE.says("right after endOfData the copy has every current value, and no deleted key"))
                    .isEqualTo(Map.of("http.timeout", timeout, "http.retries", "3"));

            config.put("http.retries", "5");
            config.delete("http.timeout");
            config.put("db.pool", "20");

            await().alias(EXERCISE.says("the copy follows a put, a delete and a re-created key"))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> mirror.values().equals(Map.of("http.retries", "5", "db.pool", "20")));
        }
    }

    @Test
    @DisplayName("6.9 a filtered mirror copies only its keys")
    void filtered(Connection connection, TestResources resources) throws Exception {
        KeyValue flags = MemoryBuckets.create(connection, resources.bucket("flags"));
        flags.put("eu.checkout", "on");
        flags.put("us.checkout", "off");

        try (BucketMirror mirror = BucketMirror.start(flags, "eu.*")) {
            assertThat(mirror.awaitInitialData(Duration.ofSeconds(2)))
                    .as(EXERCISE.says("endOfData() arrives"))
                    .isTrue();
            flags.put("us.search", "on");
            flags.put("eu.search", "off");

            await().alias(EXERCISE.says("only eu.* keys are copied"))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> mirror.values().equals(Map.of("eu.checkout", "on", "eu.search", "off")));
        }
    }

    @Test
    @DisplayName("6.9 watchChanges reports only what changes after it starts")
    void updatesOnly(Connection connection, TestResources resources, Random random) throws Exception {
        KeyValue orders = MemoryBuckets.create(connection, resources.bucket("orders"));
        orders.put("o-1", "placed");
        List<String> heard = new CopyOnWriteArrayList<>();
        KeyValueWatcher recorder = new KeyValueWatcher() {
            @Override
            public void watch(KeyValueEntry entry) {
                heard.add(entry.getKey() + " " + entry.getOperation());
            }

            @Override
            public void endOfData() {
                heard.add("END");
            }
        };

        var subscription = BucketMirror.watchChanges(orders, ">", recorder);
        String newOrder = "o-" + (2 + random.nextInt(100));
        orders.put(newOrder, "placed");
        orders.delete("o-1");

        await().alias(EXERCISE.says("an updates-only watch hears the new put and the delete, not o-1's old value"))
                .atMost(Duration.ofSeconds(2))
                .until(() -> heard.containsAll(List.of(newOrder + " PUT", "o-1 DELETE")));
        assertThat(heard)
                .as(EXERCISE.says("o-1's value from before the watch is not reported"))
                .doesNotContain("o-1 PUT");
        subscription.unsubscribe();
    }

    @Test
    @DisplayName("6.9 jnats' watch delivers a deleted key's DELETE marker with the initial data, unless IGNORE_DELETE")
    void initialDataHasMarkers(Connection connection, TestResources resources) throws Exception {
        KeyValue sessions = MemoryBuckets.create(connection, resources.bucket("sessions"));
        sessions.put("alice", "active");
        sessions.put("bob", "active");
        sessions.delete("bob");
        List<String> byDefault = new CopyOnWriteArrayList<>();
        List<String> ignoringDeletes = new CopyOnWriteArrayList<>();

        var plain = sessions.watch(">", recorder(byDefault));
        var withoutMarkers = sessions.watch(">", recorder(ignoringDeletes), KeyValueWatchOption.IGNORE_DELETE);

        await().alias(EXERCISE.says("both watches report the end of the initial data"))
                .atMost(Duration.ofSeconds(2))
                .until(() -> byDefault.contains("END") && ignoringDeletes.contains("END"));
        assertThat(byDefault)
                .as(EXERCISE.says("the latest entry of every key, markers included, then endOfData"))
                .containsExactly("alice PUT", "bob DELETE", "END");
        assertThat(ignoringDeletes)
                .as(EXERCISE.says("IGNORE_DELETE drops the markers"))
                .containsExactly("alice PUT", "END");
        plain.unsubscribe();
        withoutMarkers.unsubscribe();
    }

    private static KeyValueWatcher recorder(List<String> heard) {
        return new KeyValueWatcher() {
            @Override
            public void watch(KeyValueEntry entry) {
                heard.add(entry.getKey() + " " + entry.getOperation());
            }

            @Override
            public void endOfData() {
                heard.add("END");
            }
        };
    }
}
