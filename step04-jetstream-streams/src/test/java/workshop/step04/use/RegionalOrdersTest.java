package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.Subscription;
import io.nats.client.api.PublishAck;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.NeedsNatsServer;
import workshop.testkit.TestResources;

/** Exercise 4.11: a subject transform files orders by region, republish tells core subscribers what was stored. */
@NatsServerTest
class RegionalOrdersTest {

    private static final Exercise EXERCISE = Exercise.of("4.11");
    private static final List<String> REGIONS = List.of("eu", "us", "apac");

    @Test
    @DisplayName(
            "4.11 every stored order is republished to a core subscriber with its stream, sequence and stored subject (2.9 ignores the transform)")
    void republishesWhatItStores(
            Connection connection,
            JetStream jetStream,
            JetStreamManagement jsm,
            NatsServer server,
            TestResources resources,
            Random random)
            throws Exception {
        String stream = resources.stream("ORDERS");
        String orders = "orders" + random.nextInt(1000);
        String live = "live" + random.nextInt(1000);
        RegionalOrders.create(jsm, stream, orders, live);
        // subjects applied by 2.10 and newer; 2.9 accepts the transform, ignores it, and stores what was published
        boolean transforms = server.version().atLeast("2.10");

        Subscription listener = connection.subscribe(live + ".>");
        connection.flush(Duration.ofSeconds(2));
        int count = 2 + random.nextInt(4);
        for (int i = 1; i <= count; i++) {
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            String id = String.valueOf(1000 + random.nextInt(9000));
            PublishAck ack = jetStream.publish(
                    orders + "." + region + "." + id, ("order " + i).getBytes(StandardCharsets.UTF_8));
            String stored = transforms ? region + "." + orders + "." + id : orders + "." + region + "." + id;

            Message republished = listener.nextMessage(Duration.ofSeconds(2));
            assertThat(republished)
                    .as(EXERCISE.says(
                            "order %d of %d is republished under %s (republish matches the stored subject, after the"
                                    + " transform)",
                            i, count, live))
                    .isNotNull();
            assertThat(republished.getSubject())
                    .as(EXERCISE.says("republished to <live>.<stored subject>"))
                    .isEqualTo(live + "." + stored);
            assertThat(RegionalOrders.read(republished))
                    .as(EXERCISE.says(
                            "the headers name the stream, the ack's sequence and the stored subject (transform applied: %s, nats-server %s)",
                            transforms, server.version()))
                    .isEqualTo(new RegionalOrders.Republished(stream, ack.getSeqno(), stored, "order " + i));
        }
    }

    @Test
    @NeedsNatsServer("2.10")
    @DisplayName(
            "4.11 the stream stores <orders>.<region>.<id> as <region>.<orders>.<id>, so one filter reads a region")
    void storesUnderTheTransformedSubject(
            JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("ORDERS");
        String orders = "orders" + random.nextInt(1000);
        RegionalOrders.create(jsm, stream, orders, "live" + random.nextInt(1000));
        String id = String.valueOf(1000 + random.nextInt(9000));
        String otherId = String.valueOf(1000 + random.nextInt(9000));

        jetStream.publish(orders + ".eu." + id, "first".getBytes(StandardCharsets.UTF_8));
        jetStream.publish(orders + ".us." + otherId, "second".getBytes(StandardCharsets.UTF_8));

        assertThat(jsm.getMessage(stream, 1).getSubject())
                .as(EXERCISE.says("%s.eu.%s is stored as eu.%s.%s", orders, id, orders, id))
                .isEqualTo("eu." + orders + "." + id);
        assertThat(new String(jsm.getLastMessage(stream, "us.>").getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("the newest US order is found with the filter us.>"))
                .isEqualTo("second");
    }
}
