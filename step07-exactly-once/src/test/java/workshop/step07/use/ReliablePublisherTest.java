package workshop.step07.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamOptions;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step07.given.DeliveryChecker;
import workshop.step07.given.DeliveryReport;
import workshop.step07.given.Order;
import workshop.step07.given.StoredOrders;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 7.5: a publisher that retries after lost acks without storing anything twice. Fault (a). */
@NatsServerTest
class ReliablePublisherTest {

    private static final Exercise EXERCISE = Exercise.of("7.5");

    @Test
    @DisplayName("7.5 fault (a): with a quarter of the publish acks lost, every order is stored exactly once")
    void lostAcks(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("ORDERS_A");
        String subject = "orders" + random.nextInt(1000) + ".a";
        management.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subject)
                .storageType(StorageType.Memory)
                .duplicateWindow(Duration.ofMinutes(2))
                .build());
        List<Order> orders = FaultKit.orders("a", 150, random);
        AtomicInteger lostAcks = new AtomicInteger();
        JetStream lossy = FaultKit.losingAcks(connection.jetStream(), random, 0.25, lostAcks);
        var publisher = new ReliablePublisher(lossy, subject, Duration.ofSeconds(10));

        for (Order order : orders) {
            publisher.publish(order);
        }

        DeliveryReport stored = DeliveryChecker.checkAndPrint(
                "fault (a) lost publish acks (" + lostAcks + " lost), stored in the stream",
                FaultKit.ids(orders),
                StoredOrders.idsIn(management, stream));
        assertThat(lostAcks.get())
                .as(EXERCISE.says("the test really lost acks"))
                .isPositive();
        assertThat(stored.lost())
                .as(EXERCISE.says("no order is lost: publish() retries until acked; %s", stored))
                .isZero();
        assertThat(stored.duplicated())
                .as(EXERCISE.says(
                        "no order is stored twice: every attempt carries the order id as" + " message id; %s", stored))
                .isZero();
        assertThat(stored.unexpected())
                .as(EXERCISE.says("nothing else is stored; %s", stored))
                .isZero();
    }

    @Test
    @DisplayName("7.5 when no stream ever answers, publish gives up with an IOException after giveUpAfter")
    void givesUp(Connection connection, Random random) throws Exception {
        JetStream jetStream = connection.jetStream(JetStreamOptions.builder()
                .requestTimeout(Duration.ofMillis(200))
                .build());
        Duration giveUpAfter = Duration.ofMillis(300 + random.nextInt(200));
        var publisher = new ReliablePublisher(jetStream, "nowhere" + random.nextInt(1000) + ".orders", giveUpAfter);

        long started = System.nanoTime();
        assertThat(catchThrowable(() -> publisher.publish(new Order("lonely-1", 1))))
                .as(EXERCISE.says(
                        "with no stream on the subject, publish() throws an IOException once %s have passed",
                        giveUpAfter))
                .isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .as(EXERCISE.says("it kept trying for giveUpAfter (%s) before giving up", giveUpAfter))
                .isGreaterThanOrEqualTo(giveUpAfter);
    }
}
