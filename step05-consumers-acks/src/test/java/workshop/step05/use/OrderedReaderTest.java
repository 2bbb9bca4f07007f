package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.Connection;
import io.nats.client.ConsumeOptions;
import io.nats.client.IterableConsumer;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamStatusCheckedException;
import io.nats.client.OrderedConsumerContext;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.22: an ordered consumer read with iterate(), and what jnats does when its consumer goes away. */
@NatsServerTest
class OrderedReaderTest {

    private static final Exercise EXERCISE = Exercise.of("5.22");

    @Test
    @DisplayName(
            "5.22 an ordered consumer reads the filtered messages from the start sequence on, in order; on the server it is an ephemeral consumer without acks")
    void readsInOrderFromTheStart(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("AUDIT");
        String root = "audit" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        int count = 10 + random.nextInt(10);
        for (int i = 1; i <= count; i++) {
            jetStream.publish(root + (i % 3 == 0 ? ".debug" : ".login"), bytes("event " + i));
        }
        long start = 2 + random.nextInt(5);

        OrderedConsumerContext ordered = OrderedReader.from(connection, stream, root + ".login", start);
        List<String> expected = IntStream.rangeClosed((int) start, count)
                .filter(i -> i % 3 != 0)
                .mapToObj(i -> "event " + i)
                .toList();
        AtomicReference<IterableConsumer> iterating = new AtomicReference<>();
        Throwable refused = catchThrowable(() -> iterating.set(ordered.iterate())); // the server creates it now
        assertThat(refused)
                .as(EXERCISE.says(
                        "the server accepts the ordered consumer: starting at sequence %d takes"
                                + " DeliverPolicy.ByStartSequence as well as the start sequence",
                        start))
                .isNull();
        try (IterableConsumer messages = iterating.get()) {
            List<String> read = OrderedReader.take(messages, expected.size(), Duration.ofSeconds(2));

            assertThat(read)
                    .as(EXERCISE.says("the %s.login events from sequence %d on, in stream order", root, start))
                    .containsExactlyElementsOf(expected);
            ConsumerConfiguration onServer =
                    jsm.getConsumerInfo(stream, ordered.getConsumerName()).getConsumerConfiguration();
            assertThat(onServer.getDurable())
                    .as(EXERCISE.says("ephemeral: no durable name"))
                    .isNull();
            assertThat(onServer.getAckPolicy())
                    .as(EXERCISE.says("nothing to ack"))
                    .isEqualTo(AckPolicy.None);
            assertThat(onServer.getDeliverPolicy())
                    .as(EXERCISE.says("it starts by sequence"))
                    .isEqualTo(DeliverPolicy.ByStartSequence);
            assertThat(onServer.getStartSequence())
                    .as(EXERCISE.says("at %d", start))
                    .isEqualTo(start);
        }
    }

    @Test
    @DisplayName(
            "5.22 when its consumer is deleted on the server, jnats notices by the missing heartbeats and makes a new one after the last message it got")
    void recreatesAfterTheLastMessage(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("AUDIT");
        String subject = "audit" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        int before = 5 + random.nextInt(5);
        int after = 5 + random.nextInt(5);
        for (int i = 1; i <= before; i++) {
            jetStream.publish(subject, bytes("event " + i));
        }

        OrderedConsumerContext ordered = OrderedReader.from(connection, stream, subject, 1);
        // pulls that expire after 1 s carry heartbeats every 0.5 s: three missed ones (1.5 s) and jnats starts over
        try (IterableConsumer messages =
                ordered.iterate(ConsumeOptions.builder().expiresIn(1000).build())) {
            List<String> read = new ArrayList<>(OrderedReader.take(messages, before, Duration.ofSeconds(2)));
            String first = ordered.getConsumerName();
            jsm.deleteConsumer(stream, first); // as if the server had lost it: a restart, a failover, an admin
            for (int i = before + 1; i <= before + after; i++) {
                jetStream.publish(subject, bytes("event " + i));
            }
            List<String> statuses = new ArrayList<>();
            long giveUp = System.nanoTime() + Duration.ofSeconds(8).toNanos();
            while (read.size() < before + after && System.nanoTime() < giveUp) {
                try {
                    read.addAll(OrderedReader.take(messages, before + after - read.size(), Duration.ofMillis(200)));
                } catch (JetStreamStatusCheckedException status) { // iterate() passes the server's word on: read on
                    statuses.add(status.getMessage());
                }
            }

            assertThat(read)
                    .as(EXERCISE.says("all %d events once, in order, across the lost consumer", before + after))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, before + after)
                            .mapToObj(i -> "event " + i)
                            .toList());
            assertThat(statuses)
                    .as(EXERCISE.says("the waiting pull heard that its consumer was deleted"))
                    .anyMatch(s -> s.contains("409 Consumer Deleted"));
            String second = ordered.getConsumerName();
            assertThat(second).as(EXERCISE.says("a new consumer underneath")).isNotEqualTo(first);
            ConsumerConfiguration recreated =
                    jsm.getConsumerInfo(stream, second).getConsumerConfiguration();
            assertThat(recreated.getDeliverPolicy())
                    .as(EXERCISE.says("the new one starts by sequence"))
                    .isEqualTo(DeliverPolicy.ByStartSequence);
            assertThat(recreated.getStartSequence())
                    .as(EXERCISE.says("right after the last message jnats received, %d", before))
                    .isEqualTo(before + 1);
        }
    }
}
