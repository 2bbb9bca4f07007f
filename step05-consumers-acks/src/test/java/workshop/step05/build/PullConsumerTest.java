package workshop.step05.build;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step05.given.MemoryStream;
import workshop.step05.given.StoredMessage;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Exercise 5.5: the pull consumer: delivery, acks, redelivery on AckWait, MaxDeliver, dead letters. */
@ExtendWith(SeededRandomResolver.class)
class PullConsumerTest {

    private static final String README = " (see step05-consumers-acks/README.md#55-pull-ack-and-redeliver)";
    private static final Duration ACK_WAIT = Duration.ofSeconds(30);

    private final TestClock clock = TestClock.atSomeDay();
    private final MemoryStream stream = new MemoryStream("ORDERS", clock);
    private final Recorder listener = new Recorder();

    @Test
    @DisplayName("5.5 fetch delivers matching messages in order, in batches, each once")
    void fetchInOrder(Random random) {
        int count = 5 + random.nextInt(10);
        for (int i = 1; i <= count; i++) {
            stream.publish(i % 2 == 0 ? "orders.created" : "orders.shipped", "m" + i);
        }
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withFilterSubject("orders.created"));

        List<Delivery> first = consumer.fetch(2);
        List<Delivery> rest = consumer.fetch(100);

        assertThat(first).extracting(Delivery::sequence).as("Exercise 5.5: the first two orders.created: #2, #4" + README).containsExactly(2L, 4L);
        assertThat(rest).extracting(d -> d.message().subject()).as("Exercise 5.5: then the rest of orders.created only" + README)
                .hasSize(count / 2 - 2).containsOnly("orders.created");
        assertThat(consumer.fetch(10)).as("Exercise 5.5: nothing left, nothing is delivered twice before AckWait" + README).isEmpty();
        assertThat(first).allSatisfy(d -> assertThat(d.deliveryCount()).isEqualTo(1));
    }

    @Test
    @DisplayName("5.5 a consumer sees messages published after it was created, from where it is")
    void followsTheStream() {
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withDeliverPolicy(DeliverPolicy.NEW));
        stream.publish("a", "before the first fetch");
        assertThat(consumer.fetch(10)).as("Exercise 5.5: NEW: the start is fixed at the first fetch" + README).isEmpty();

        stream.publish("a", "later");
        List<Delivery> later = consumer.fetch(10);
        assertThat(later).extracting(d -> d.message().text()).as("Exercise 5.5: new messages arrive on the next fetch" + README)
                .containsExactly("later");
    }

    @Test
    @DisplayName("5.5 an unacked message comes back after AckWait, before new ones, with its delivery count")
    void redeliveryAfterAckWait() {
        stream.publish("a", "1");
        stream.publish("a", "2");
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withAckWait(ACK_WAIT));
        consumer.fetch(2);
        consumer.ack(2);
        stream.publish("a", "3");

        clock.advance(ACK_WAIT);
        List<Delivery> batch = consumer.fetch(10);

        assertThat(batch).extracting(Delivery::sequence).as("Exercise 5.5: #1 (not acked) again first, then the new #3" + README)
                .containsExactly(1L, 3L);
        assertThat(batch.getFirst().deliveryCount()).as("Exercise 5.5: #1's second delivery" + README).isEqualTo(2);
        assertThat(batch.getFirst().isRedelivery()).isTrue();
    }

    @Test
    @DisplayName("5.5 nak redelivers at once, nak with a delay after it, in progress buys a full AckWait")
    void nakAndInProgress(Random random) {
        stream.publish("a", "1");
        stream.publish("a", "2");
        stream.publish("a", "3");
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withAckWait(ACK_WAIT));
        consumer.fetch(3);
        Duration delay = Duration.ofSeconds(1 + random.nextInt(10));

        consumer.nak(1);
        consumer.nak(2, delay);
        clock.advance(ACK_WAIT.minusSeconds(1));
        consumer.inProgress(3);

        assertThat(consumer.fetch(10)).extracting(Delivery::sequence).as("Exercise 5.5: #1 nak'ed and #2's delay (%s) over; #3 in progress%s", delay, README)
                .containsExactly(1L, 2L);
        clock.advance(ACK_WAIT.minusSeconds(2));
        assertThat(consumer.fetch(10)).as("Exercise 5.5: a second before its new deadline, #3 is not due" + README).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(consumer.fetch(10)).extracting(Delivery::sequence).as("Exercise 5.5: #3's AckWait ran out after the in-progress" + README)
                .contains(3L);
    }

    @Test
    @DisplayName("5.5 after MaxDeliver deliveries a message goes to the dead-letter callback, never out again")
    void maxDeliverDeadLetters(Random random) {
        int maxDeliver = 2 + random.nextInt(3);
        stream.publish("orders.created", "poison");
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withAckWait(ACK_WAIT).withMaxDeliver(maxDeliver));

        for (int delivery = 1; delivery <= maxDeliver; delivery++) {
            List<Delivery> batch = consumer.fetch(1);
            assertThat(batch).extracting(Delivery::deliveryCount).as("Exercise 5.5: delivery %d of %d%s", delivery, maxDeliver, README)
                    .containsExactly(delivery);
            clock.advance(ACK_WAIT);
        }

        assertThat(consumer.fetch(1)).as("Exercise 5.5: no delivery after MaxDeliver" + README).isEmpty();
        assertThat(listener.deadLettered).as("Exercise 5.5: the listener hears maxDeliveriesReached once, with the count" + README)
                .containsExactly("#1 orders.created 'poison' x" + maxDeliver);
        assertThat(consumer.pending()).isEmpty();
    }

    @Test
    @DisplayName("5.5 term settles a message for good and reports it; ack reports acknowledged")
    void termAndAck() {
        stream.publish("a", "ok");
        stream.publish("a", "bad");
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withAckWait(ACK_WAIT));
        consumer.fetch(2);

        consumer.ack(1);
        consumer.term(2);
        clock.advance(ACK_WAIT.multipliedBy(3));

        assertThat(consumer.fetch(10)).as("Exercise 5.5: neither comes back" + README).isEmpty();
        assertThat(listener.terminated).as("Exercise 5.5: the terminated message is reported" + README).containsExactly("#2 a 'bad' x1");
        assertThat(listener.acknowledged).as("Exercise 5.5: both are settled (a term is an acknowledgement too)" + README).containsExactly(1L, 2L);
        assertThat(consumer.ackFloor()).isEqualTo(2);
    }

    @Test
    @DisplayName("5.5 with ack policy NONE, delivered is done: no redelivery, reported acknowledged at once")
    void ackNone() {
        stream.publish("a", "1");
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withAckPolicy(AckPolicy.NONE).withAckWait(ACK_WAIT));

        consumer.fetch(1);
        clock.advance(ACK_WAIT.multipliedBy(2));

        assertThat(consumer.fetch(1)).as("Exercise 5.5: at most once: nothing comes back" + README).isEmpty();
        assertThat(listener.acknowledged).containsExactly(1L);
    }

    private PullConsumer consumer(ConsumerConfig config) {
        return new PullConsumer("worker", stream, config, clock, listener);
    }

    /** Writes down what the consumer reports. */
    private static final class Recorder implements ConsumerListener {
        final List<Long> acknowledged = new ArrayList<>();
        final List<String> deadLettered = new ArrayList<>();
        final List<String> terminated = new ArrayList<>();

        @Override
        public void acknowledged(long sequence) {
            acknowledged.add(sequence);
        }

        @Override
        public void maxDeliveriesReached(StoredMessage message, int deliveries) {
            deadLettered.add(message + " x" + deliveries);
        }

        @Override
        public void terminated(StoredMessage message, int deliveries) {
            terminated.add(message + " x" + deliveries);
        }
    }
}
