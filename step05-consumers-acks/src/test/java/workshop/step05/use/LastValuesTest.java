package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step05.use.DurableConsumersTest.bytes;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.21: a batch direct get, the last message of many subjects in one request. */
@NatsServerTest
class LastValuesTest {

    private static final Exercise EXERCISE = Exercise.of("5.21");

    @Test
    @DisplayName("5.21 one request gets the last message of every subject a wildcard matches, in stream order")
    void lastOfEverySubject(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("SENSORS");
        String root = "sensors" + random.nextInt(1000);
        createDirectStream(jsm, stream, root + ".>");
        List<String> rooms = List.of("kitchen", "hall", "attic", "cellar");
        Map<String, String> expected = new LinkedHashMap<>();
        int readings = 10 + random.nextInt(10);
        for (int i = 1; i <= readings; i++) {
            String room = rooms.get(random.nextInt(rooms.size()));
            String subject = root + ".temp." + room;
            jetStream.publish(subject, bytes(room + " " + i));
            expected.remove(subject); // a later reading moves the subject to the end: stream order of the last ones
            expected.put(subject, room + " " + i);
        }
        jetStream.publish(root + ".humidity.kitchen", bytes("not a temperature"));

        Duration maxWait = Duration.ofSeconds(3);
        long start = System.nanoTime();
        Map<String, String> last = LastValues.lastPerSubject(connection, stream, List.of(root + ".temp.*"), maxWait);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(last)
                .as(EXERCISE.says("the last reading of each room, in the order they were stored, and no humidity"))
                .containsExactlyEntriesOf(expected);
        assertThat(took)
                .as(EXERCISE.says(
                        "the batch ends at its status (204 EOB): lastPerSubject returns then, not after waiting %s for"
                                + " a reply that never comes",
                        maxWait))
                .isLessThan(maxWait);
    }

    @Test
    @DisplayName("5.21 several filters in one request; none matching gives an empty map")
    void severalFiltersAndNone(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("SENSORS");
        String root = "sensors" + random.nextInt(1000);
        createDirectStream(jsm, stream, root + ".>");
        jetStream.publish(root + ".temp.kitchen", bytes("21"));
        jetStream.publish(root + ".door.front", bytes("open"));
        jetStream.publish(root + ".door.front", bytes("closed"));
        jetStream.publish(root + ".light.hall", bytes("on"));

        Map<String, String> some = LastValues.lastPerSubject(
                connection, stream, List.of(root + ".temp.kitchen", root + ".door.*"), Duration.ofSeconds(2));
        Map<String, String> none =
                LastValues.lastPerSubject(connection, stream, List.of(root + ".smoke.*"), Duration.ofSeconds(2));

        assertThat(some)
                .as(EXERCISE.says("the kitchen temperature and the front door's last state, not the light"))
                .containsExactly(Map.entry(root + ".temp.kitchen", "21"), Map.entry(root + ".door.front", "closed"));
        assertThat(none)
                .as(EXERCISE.says("no subject matches: the server answers 404 No Results, and the map is empty"))
                .isEmpty();
    }

    static void createDirectStream(JetStreamManagement jsm, String name, String subjects) throws Exception {
        jsm.addStream(StreamConfiguration.builder()
                .name(name)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .allowDirect(true)
                .build());
    }
}
