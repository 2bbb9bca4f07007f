package workshop.step01.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.Subscription;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;

/** Exercise 1.9: headers travel next to the payload. */
@NatsServerTest
class MessageHeadersTest {

    private static final Exercise EXERCISE = Exercise.of("1.9");

    @Test
    @DisplayName("1.9 headers published with a message arrive with it, and read back the same")
    void roundTrip(Connection connection, Random random) throws Exception {
        String subject = "events." + random.nextInt(10_000);
        Subscription subscription = connection.subscribe(subject);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Trace-Id", Long.toHexString(random.nextLong()));
        headers.put("Event-Version", Integer.toString(1 + random.nextInt(9)));
        byte[] payload = new byte[8];
        random.nextBytes(payload);

        MessageHeaders.publishWithHeaders(connection, subject, headers, payload);
        Message received = subscription.nextMessage(Duration.ofSeconds(2));

        assertThat(received).as(EXERCISE.says("the message arrives")).isNotNull();
        assertThat(received.getData())
                .as(EXERCISE.says("the payload is untouched"))
                .isEqualTo(payload);
        assertThat(received.hasHeaders())
                .as(EXERCISE.says("the message was published with headers"))
                .isTrue();
        assertThat(MessageHeaders.headersOf(received))
                .as(EXERCISE.says("headersOf() reads back what was sent"))
                .containsExactlyInAnyOrderEntriesOf(headers);
    }

    @Test
    @DisplayName("1.9 a message without headers has none to read")
    void noHeaders(Connection connection, Random random) throws Exception {
        String subject = "plain." + random.nextInt(10_000);
        Subscription subscription = connection.subscribe(subject);
        connection.publish(subject, new byte[] {1});
        Message received = subscription.nextMessage(Duration.ofSeconds(2));

        Map<String, String> headers;
        try {
            headers = MessageHeaders.headersOf(received);
        } catch (NullPointerException e) {
            throw new AssertionError(
                    EXERCISE.says(
                            "headersOf() of a plain message threw %s: a message without headers has no Headers"
                                    + " at all (getHeaders() is null), ask hasHeaders() first",
                            e),
                    e);
        }
        assertThat(headers)
                .as(EXERCISE.says("headersOf() of a plain message is an empty map"))
                .isEmpty();
    }
}
