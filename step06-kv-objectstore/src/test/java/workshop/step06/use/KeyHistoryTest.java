package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.8: history, delete markers and purge on the real server. */
@NatsServerTest
class KeyHistoryTest {

    private static final Exercise EXERCISE = Exercise.of("6.8");

    @Test
    @DisplayName("6.8 the history shows every put and the delete marker, bounded by the bucket's history setting")
    void historyWithDelete(Connection connection, TestResources resources, Random random) throws Exception {
        String bucket = resources.bucket("settings");
        connection
                .keyValueManagement()
                .create(KeyValueConfiguration.builder()
                        .name(bucket)
                        .maxHistoryPerKey(5)
                        .storageType(StorageType.Memory)
                        .build());
        KeyValue settings = connection.keyValue(bucket);
        int puts = 6 + random.nextInt(4);
        for (int i = 1; i <= puts; i++) {
            settings.put("theme", "v" + i);
        }
        settings.delete("theme");

        List<String> history = KeyHistory.describe(settings, "theme");

        List<String> expected = new ArrayList<>();
        for (int i = puts - 3; i <= puts; i++) {
            expected.add("PUT v" + i);
        }
        expected.add("DELETE");
        assertThat(history)
                .as(EXERCISE.says(
                        "of %d puts and a delete, a history of 5 keeps the last 4 puts and the DELETE marker", puts))
                .containsExactlyElementsOf(expected);
        assertThat(settings.get("theme"))
                .as(EXERCISE.says("after a delete, get returns null"))
                .isNull();
    }

    @Test
    @DisplayName("6.8 after a purge, the history is a single PURGE marker")
    void historyAfterPurge(Connection connection, TestResources resources) throws Exception {
        String bucket = resources.bucket("sessions");
        connection
                .keyValueManagement()
                .create(KeyValueConfiguration.builder()
                        .name(bucket)
                        .maxHistoryPerKey(10)
                        .storageType(StorageType.Memory)
                        .build());
        KeyValue sessions = connection.keyValue(bucket);
        sessions.put("s-1", "alice");
        sessions.put("s-1", "alice, renewed");
        sessions.purge("s-1");

        assertThat(KeyHistory.describe(sessions, "s-1"))
                .as(EXERCISE.says("purge leaves only its marker: a history lists markers too"))
                .containsExactly("PURGE");
    }
}
