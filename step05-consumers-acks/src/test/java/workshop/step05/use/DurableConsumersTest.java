package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.ConsumerContext;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.7: a durable pull consumer, read with next and fetch. */
@NatsServerTest
class DurableConsumersTest {

    private static final Exercise EXERCISE = Exercise.of("5.7");

    @Test
    @DisplayName("5.7 createDurable makes a durable, filtered, explicit-ack consumer the server reports back")
    void createsDurable(Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        Duration ackWait = Duration.ofSeconds(5 + random.nextInt(20));

        ConsumerContext consumer =
                DurableConsumers.createDurable(connection, stream, "billing", root + ".created", ackWait);

        ConsumerConfiguration config = jsm.getConsumerInfo(stream, "billing").getConsumerConfiguration();
        assertThat(consumer.getConsumerName())
                .as(EXERCISE.says("the consumer is named by its durable name"))
                .isEqualTo("billing");
        assertThat(config.getDurable())
                .as(EXERCISE.says("durable, so it outlives this client"))
                .isEqualTo("billing");
        assertThat(config.getFilterSubject())
                .as(EXERCISE.says("only %s.created", root))
                .isEqualTo(root + ".created");
        assertThat(config.getAckPolicy())
                .as(EXERCISE.says("each message is acked on its own: explicit"))
                .isEqualTo(AckPolicy.Explicit);
        assertThat(config.getAckWait())
                .as(EXERCISE.says("the AckWait the server applied"))
                .isEqualTo(ackWait);
    }

    @Test
    @DisplayName("5.7 takeOne reads the filtered messages in order and acks them; null when nothing comes")
    void takeOne(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        jetStream.publish(root + ".created", bytes("first"));
        jetStream.publish(root + ".shipped", bytes("not for billing"));
        jetStream.publish(root + ".created", bytes("second"));
        ConsumerContext consumer = DurableConsumers.createDurable(
                connection, stream, "billing", root + ".created", Duration.ofSeconds(30));

        assertThat(DurableConsumers.takeOne(consumer, Duration.ofSeconds(2)))
                .as(EXERCISE.says("stored before the consumer existed: delivered all the same"))
                .isEqualTo("first");
        assertThat(DurableConsumers.takeOne(consumer, Duration.ofSeconds(2)))
                .as(EXERCISE.says("then the next %s.created, skipping %s.shipped", root, root))
                .isEqualTo("second");
        assertThat(DurableConsumers.takeOne(consumer, Duration.ofSeconds(1)))
                .as(EXERCISE.says("nothing more: null after the wait"))
                .isNull();
        await().alias(EXERCISE.says("both were acked"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> jsm.getConsumerInfo(stream, "billing").getNumAckPending() == 0);
    }

    @Test
    @DisplayName("5.7 takeBatch fetches up to max messages at once and acks them")
    void takeBatch(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("JOBS");
        String subject = "jobs" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        int count = 6 + random.nextInt(5);
        for (int i = 1; i <= count; i++) {
            jetStream.publish(subject, bytes("job " + i));
        }
        ConsumerContext consumer =
                DurableConsumers.createDurable(connection, stream, "workers", subject, Duration.ofSeconds(30));

        List<String> first = DurableConsumers.takeBatch(consumer, 5, Duration.ofSeconds(2));
        List<String> rest = DurableConsumers.takeBatch(consumer, count - 5, Duration.ofSeconds(2));

        assertThat(first)
                .as(EXERCISE.says("the first batch holds 5, in order"))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 5).mapToObj(i -> "job " + i).toList());
        assertThat(rest)
                .as(EXERCISE.says("the second batch the other %d", count - 5))
                .hasSize(count - 5);
        // ack() is fire-and-forget: the server counts the acks a moment later
        await().alias(EXERCISE.says("every fetched message was acked"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> jsm.getConsumerInfo(stream, "workers").getNumAckPending() == 0);
    }

    @Test
    @DisplayName("5.7 a message taken without an ack comes back after AckWait, with delivery count 2")
    void redeliveredAfterAckWait(
            Connection connection, JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("JOBS");
        String subject = "jobs" + random.nextInt(1000);
        createStream(jsm, stream, subject);
        jetStream.publish(subject, bytes("forgotten"));
        ConsumerContext consumer =
                DurableConsumers.createDurable(connection, stream, "forgetful", subject, Duration.ofMillis(300));

        Message first = consumer.next(Duration.ofSeconds(2)); // and no ack: as if the worker crashed
        Message again = consumer.next(Duration.ofSeconds(3));

        assertThat(first).as(EXERCISE.says("the stored message is delivered")).isNotNull();
        assertThat(again)
                .as(EXERCISE.says("with AckWait 300 ms, the unacked message is delivered again"))
                .isNotNull();
        assertThat(again.metaData().streamSequence())
                .as(EXERCISE.says(
                        "the redelivery is the same message: stream sequence %d",
                        first.metaData().streamSequence()))
                .isEqualTo(first.metaData().streamSequence());
        assertThat(again.metaData().deliveredCount())
                .as(EXERCISE.says("its second delivery"))
                .isEqualTo(2);
        again.ack();
    }

    @Test
    @DisplayName(
            "5.7 createConsumer on an existing durable: 2.9.10 changes what may change and refuses the rest; 2.10 and newer refuse any change")
    void createOnExistingDurable(
            NatsServer server, Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        DurableConsumers.createDurable(connection, stream, "billing", root + ".created", Duration.ofSeconds(30));
        ConsumerConfiguration.Builder same = ConsumerConfiguration.builder()
                .durable("billing")
                .filterSubject(root + ".created")
                .deliverPolicy(DeliverPolicy.All)
                .ackPolicy(AckPolicy.Explicit);

        ConsumerInfo again =
                jsm.createConsumer(stream, same.ackWait(Duration.ofSeconds(30)).build());
        JetStreamApiException longerAckWait = refusal(() ->
                jsm.createConsumer(stream, same.ackWait(Duration.ofSeconds(60)).build()));
        JetStreamApiException onlyNew = refusal(() -> jsm.createConsumer(
                stream,
                same.ackWait(Duration.ofSeconds(30))
                        .deliverPolicy(DeliverPolicy.New)
                        .build()));

        assertThat(again.getName())
                .as(EXERCISE.says("the same configuration again is the same consumer, on every server"))
                .isEqualTo("billing");
        Duration ackWaitNow = jsm.getConsumerInfo(stream, "billing")
                .getConsumerConfiguration()
                .getAckWait();
        if (server.version()
                .atLeast("2.10.0")) { // consumer.go: ActionCreate with a different config is ErrJSConsumerAlreadyExists
            assertThat(longerAckWait)
                    .as(EXERCISE.says(
                            "nats-server %s refuses a create that would change the durable", server.version()))
                    .isNotNull();
            assertThat(longerAckWait.getApiErrorCode())
                    .as(EXERCISE.says("the refusal is error 10148"))
                    .isEqualTo(10148);
            assertThat(longerAckWait.getErrorDescription())
                    .as(EXERCISE.says("the server says why"))
                    .isEqualTo("consumer already exists");
            assertThat(ackWaitNow).as(EXERCISE.says("nothing changed")).isEqualTo(Duration.ofSeconds(30));
            assertThat(onlyNew)
                    .as(EXERCISE.says(
                            "nats-server %s refuses a create that would change the deliver policy", server.version()))
                    .isNotNull();
            assertThat(onlyNew.getApiErrorCode())
                    .as(EXERCISE.says("the refusal is error 10148"))
                    .isEqualTo(10148);
        } else { // 2.9.10 knows no create action: a create of an existing durable is an update (checkNewConsumerConfig)
            assertThat(longerAckWait)
                    .as(EXERCISE.says("nats-server %s: AckWait may change, so the create changes it", server.version()))
                    .isNull();
            assertThat(ackWaitNow).as(EXERCISE.says("AckWait is 60 s now")).isEqualTo(Duration.ofSeconds(60));
            assertThat(onlyNew)
                    .as(EXERCISE.says("nats-server %s: the deliver policy may not change", server.version()))
                    .isNotNull();
            assertThat(onlyNew.getErrorDescription())
                    .as(EXERCISE.says("the server says why"))
                    .isEqualTo("deliver policy can not be updated");
        }
    }

    @Test
    @DisplayName(
            "5.7 an ephemeral consumer has a name too (given, or made up by jnats) but no durable name, and a 5 s InactiveThreshold")
    void ephemeralConsumersHaveNames(
            Connection connection, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("ORDERS");
        createStream(jsm, stream, "orders" + random.nextInt(1000));
        String name = "report-" + random.nextInt(1000);

        ConsumerInfo named = jsm.addOrUpdateConsumer(
                stream, ConsumerConfiguration.builder().name(name).build());
        ConsumerInfo unnamed =
                jsm.addOrUpdateConsumer(stream, ConsumerConfiguration.builder().build());

        assertThat(named.getName())
                .as(EXERCISE.says("the consumer has the name it was given"))
                .isEqualTo(name);
        assertThat(named.getConsumerConfiguration().getDurable())
                .as(EXERCISE.says("named, yet ephemeral"))
                .isNull();
        assertThat(named.getConsumerConfiguration().getInactiveThreshold())
                .as(EXERCISE.says("an ephemeral consumer goes away after 5 s without a client"))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(unnamed.getName()).as(EXERCISE.says("jnats made up a name")).isNotBlank();
        assertThat(unnamed.getConsumerConfiguration().getDurable())
                .as(EXERCISE.says("unnamed, and ephemeral"))
                .isNull();
    }

    @Test
    @DisplayName(
            "5.7 several filter subjects on one consumer: from 2.10; against 2.9.10 jnats refuses them before asking")
    void multipleFilterSubjects(
            NatsServer server, Connection connection, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String root = "orders" + random.nextInt(1000);
        createStream(jsm, stream, root + ".>");
        ConsumerConfiguration twoFilters = ConsumerConfiguration.builder()
                .durable("fulfilment")
                .filterSubjects(root + ".created", root + ".paid")
                .build();

        if (server.version().atLeast("2.10.0")) {
            assertThat(jsm.addOrUpdateConsumer(stream, twoFilters)
                            .getConsumerConfiguration()
                            .getFilterSubjects())
                    .as(EXERCISE.says("nats-server %s keeps both filter subjects", server.version()))
                    .containsExactly(root + ".created", root + ".paid");
        } else {
            RuntimeException refused = null;
            try {
                jsm.addOrUpdateConsumer(stream, twoFilters);
            } catch (RuntimeException e) {
                refused = e;
            }
            assertThat(refused)
                    .as(EXERCISE.says("jnats refuses them against nats-server %s", server.version()))
                    .isNotNull();
            assertThat(refused.getMessage())
                    .as(EXERCISE.says("jnats says why"))
                    .isEqualTo("[CON-90303] Multiple filter subjects not available until server version 2.10.0.");
            assertThat(jsm.getConsumerNames(stream))
                    .as(EXERCISE.says("nothing was asked of the server"))
                    .isEmpty();
        }
    }

    /** The server's refusal, or null when it accepted. */
    static JetStreamApiException refusal(Call call) throws Exception {
        try {
            call.run();
            return null;
        } catch (JetStreamApiException refused) {
            return refused;
        }
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    static void createStream(JetStreamManagement jsm, String name, String subjects) throws Exception {
        jsm.addStream(StreamConfiguration.builder()
                .name(name)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .build());
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
