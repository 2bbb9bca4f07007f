package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 4.9: a last-value stream, read by subject and by sequence. */
@NatsServerTest
class LastValuesTest {

    private static final Exercise EXERCISE = Exercise.of("4.9");

    @Test
    @DisplayName("4.9 a last-value stream keeps one message per subject, and latest reads it")
    void keepsLatestPerSubject(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PRICES");
        String root = "price" + random.nextInt(1000);
        LastValues.createLastValueStream(jsm, stream, root + ".*");
        String[] symbols = {"btc", "eth", "sol"};
        Map<String, String> latest = new HashMap<>();
        for (int i = 0; i < 10 + random.nextInt(10); i++) {
            String symbol = symbols[random.nextInt(symbols.length)];
            String price = String.valueOf(random.nextInt(100_000));
            jetStream.publish(root + "." + symbol, price.getBytes(StandardCharsets.UTF_8));
            latest.put(symbol, price);
        }

        for (var entry : latest.entrySet()) {
            assertThat(LastValues.latest(connection, stream, root + "." + entry.getKey()))
                    .as(EXERCISE.says(
                            "the latest %s price: a last-value stream keeps one message per subject", entry.getKey()))
                    .contains(entry.getValue());
        }
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("one message per subject is all the stream keeps"))
                .isEqualTo(latest.size());
    }

    @Test
    @DisplayName("4.9 latest accepts a wildcard: the newest message of any subject it matches")
    void latestOfAWildcard(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PRICES");
        String root = "price" + random.nextInt(1000);
        LastValues.createLastValueStream(jsm, stream, root + ".*");
        String newest = String.valueOf(random.nextInt(100_000));
        jetStream.publish(root + ".btc", "1".getBytes(StandardCharsets.UTF_8));
        jetStream.publish(root + ".eth", newest.getBytes(StandardCharsets.UTF_8));
        jetStream.publish(root + ".btc", "2".getBytes(StandardCharsets.UTF_8));

        assertThat(LastValues.latest(connection, stream, root + ".*"))
                .as(EXERCISE.says("%s.* gives the newest message of all its subjects", root))
                .contains("2");
        assertThat(LastValues.latest(connection, stream, root + ".e*"))
                .as(EXERCISE.says("'e*' is no wildcard, just a name: no such subject"))
                .isEmpty();
    }

    @Test
    @DisplayName("4.9 latest is empty for a subject with no message (the server says 10037 no message found)")
    void latestOfNothing(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PRICES");
        String root = "price" + random.nextInt(1000);
        LastValues.createLastValueStream(jsm, stream, root + ".*");

        assertThat(LastValues.latest(connection, stream, root + ".doge"))
                .as(EXERCISE.says("no message on the subject: empty, not an exception"))
                .isEmpty();
    }

    @Test
    @DisplayName("4.9 at reads a message by sequence; a replaced value's sequence is gone")
    void bySequence(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("CONFIG");
        String subject = "config" + random.nextInt(1000) + ".timeout";
        LastValues.createLastValueStream(jsm, stream, subject);
        jetStream.publish(subject, "5s".getBytes(StandardCharsets.UTF_8));
        jetStream.publish(subject, "10s".getBytes(StandardCharsets.UTF_8));

        MessageInfo second = LastValues.at(connection, stream, 2);
        JetStreamApiException first = null;
        try {
            LastValues.at(connection, stream, 1);
        } catch (JetStreamApiException e) {
            first = e;
        }

        assertThat(second.getSubject())
                .as(EXERCISE.says("sequence 2 is the newer value"))
                .isEqualTo(subject);
        assertThat(new String(second.getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("sequence 2 holds the newer value"))
                .isEqualTo("10s");
        assertThat(first)
                .as(EXERCISE.says("sequence 1 was replaced, so it is not found"))
                .isNotNull();
        assertThat(first.getApiErrorCode())
                .as(EXERCISE.says("the server answers 10037 no message found for the replaced sequence 1"))
                .isEqualTo(LastValues.NO_MESSAGE_FOUND);
    }
}
