package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;
import static workshop.step05.use.DurableConsumersTest.refusal;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.FetchConsumeOptions;
import io.nats.client.FetchConsumer;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.15: one consumer, several filter subjects. */
@NatsServerTest
class MultipleFiltersTest {

    private static final Exercise EXERCISE = Exercise.of("5.15");

    @Test
    @DisplayName("5.15 a consumer with two filter subjects delivers both, in stream order, and nothing else")
    void deliversEveryFilteredSubjectInStreamOrder(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        List<String> expected = new ArrayList<>();
        int count = 8 + random.nextInt(8);
        for (int i = 1; i <= count; i++) {
            String event = List.of("created", "paid", "shipped").get(random.nextInt(3));
            jetStream.publish(root + "." + event, bytes(event + " " + i));
            if (!event.equals("shipped")) {
                expected.add(event + " " + i);
            }
        }

        ConsumerContext consumer = MultipleFilters.createDurable(
                connection, stream, "fulfilment", List.of(root + ".created", root + ".paid"));

        ConsumerConfiguration config = jsm.getConsumerInfo(stream, "fulfilment").getConsumerConfiguration();
        assertThat(config.getFilterSubjects())
                .as(EXERCISE.says(
                        "the server keeps both filter subjects, each on its own (filterSubjects: a list, not one"
                                + " subject joined with commas)"))
                .containsExactly(root + ".created", root + ".paid");
        assertThat(config.getAckPolicy())
                .as(EXERCISE.says("each message is acked on its own: explicit"))
                .isEqualTo(AckPolicy.Explicit);
        assertThat(readAll(consumer, expected.size()))
                .as(EXERCISE.says("created and paid events in the order the stream stored them, no shipped"))
                .containsExactlyElementsOf(expected);
    }

    @Test
    @DisplayName("5.15 filters that overlap are refused: a subject may match only one of them")
    void overlappingFiltersAreRefused(
            Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        MultipleFilters.createDurable(connection, stream, "fulfilment", List.of(root + ".created", root + ".paid"));

        JetStreamApiException refused = refusal(() ->
                MultipleFilters.createDurable(connection, stream, "everything", List.of(root + ".*", root + ".paid")));

        assertThat(refused)
                .as(EXERCISE.says(
                        "%s.* and %s.paid both match %s.paid: refused, when they are two filter subjects (one subject"
                                + " joined with commas overlaps nothing)",
                        root, root, root))
                .isNotNull();
        assertThat(refused.getApiErrorCode())
                .as(EXERCISE.says("the refusal is error 10138"))
                .isEqualTo(10138);
        assertThat(jsm.getConsumerNames(stream))
                .as(EXERCISE.says("only the first consumer exists"))
                .containsExactly("fulfilment");
    }

    /** Fetches up to {@code max} messages (waiting 2 s at most for them), acks each, returns their payloads. */
    static List<String> readAll(ConsumerContext consumer, int max) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (FetchConsumer batch = consumer.fetch(
                FetchConsumeOptions.builder().maxMessages(max).expiresIn(2000).build())) {
            Message message;
            while ((message = batch.nextMessage()) != null) {
                message.ack();
                payloads.add(new String(message.getData(), StandardCharsets.UTF_8));
            }
        }
        return payloads;
    }
}
