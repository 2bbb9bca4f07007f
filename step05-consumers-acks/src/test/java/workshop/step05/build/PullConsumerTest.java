package workshop.step05.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step05.given.MemoryStream;
import workshop.step05.given.StoredMessage;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 5.5: the pull consumer: delivery, acks, redelivery on AckWait, MaxDeliver, dead letters. */
@ExtendWith(SeededRandomResolver.class)
class PullConsumerTest {

    private static final Exercise EXERCISE = Exercise.of("5.5");
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

        assertThat(first)
                .extracting(Delivery::sequence)
                .as(EXERCISE.says("the first two orders.created: #2, #4"))
                .containsExactly(2L, 4L);
        assertThat(rest)
                .extracting(d -> d.message().subject())
                .as(EXERCISE.says("then the rest of orders.created only"))
                .hasSize(count / 2 - 2)
                .containsOnly("orders.created");
        assertThat(consumer.fetch(10))
                .as(EXERCISE.says("nothing left, nothing is delivered twice before AckWait"))
                .isEmpty();
        assertThat(first)
                .extracting(Delivery::deliveryCount)
                .as(EXERCISE.says("a first delivery has delivery count 1"))
                .containsOnly(1);
    }

    @Test
    @DisplayName("5.5 a consumer sees messages published after it was created, from where it is")
    void followsTheStream() {
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withDeliverPolicy(DeliverPolicy.NEW));
        stream.publish("a", "before the first fetch");
        assertThat(consumer.fetch(10))
                .as(EXERCISE.says("NEW: the start is fixed at the first fetch"))
                .isEmpty();

        stream.publish("a", "later");
        List<Delivery> later = consumer.fetch(10);
        assertThat(later)
                .extracting(d -> d.message().text())
                .as(EXERCISE.says("new messages arrive on the next fetch"))
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

        assertThat(batch)
                .extracting(Delivery::sequence)
                .as(EXERCISE.says("#1 (not acked) again first, then the new #3; #2 was acked: never again"))
                .containsExactly(1L, 3L);
        assertThat(batch.getFirst().deliveryCount())
                .as(EXERCISE.says("#1's second delivery"))
                .isEqualTo(2);
        assertThat(batch.getFirst().isRedelivery())
                .as(EXERCISE.says("#1 is a redelivery"))
                .isTrue();
    }

    @Test
    @DisplayName("5.5 what is due again but does not fit the batch comes in the next fetch")
    void dueMessagesWaitForTheNextBatch() {
        for (int i = 1; i <= 3; i++) {
            stream.publish("a", "m" + i);
        }
        PullConsumer consumer = consumer(ConsumerConfig.defaults().withAckWait(ACK_WAIT));
        consumer.fetch(3);
        clock.advance(ACK_WAIT);

        assertThat(consumer.fetch(2))
                .extracting(Delivery::sequence)
                .as(EXERCISE.says("all three are due again: a batch of 2 takes #1 and #2"))
                .containsExactly(1L, 2L);
        assertThat(consumer.fetch(2))
                .extracting(Delivery::sequence)
                .as(EXERCISE.says("#3 was due too but did not fit the batch: it comes in the next fetch, not lost"))
                .containsExactly(3L);
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

        assertThat(consumer.fetch(10))
                .extracting(Delivery::sequence)
                .as(EXERCISE.says("#1 nak'ed and #2's delay (%s) over; #3 in progress", delay))
                .containsExactly(1L, 2L);
        clock.advance(ACK_WAIT.minusSeconds(2));
        assertThat(consumer.fetch(10))
                .as(EXERCISE.says("a second before its new deadline, #3 is not due"))
                .isEmpty();
        clock.advance(Duration.ofSeconds(2));
        assertThat(consumer.fetch(10))
                .extracting(Delivery::sequence)
                .as(EXERCISE.says("#3's AckWait ran out after the in-progress"))
                .contains(3L);
    }

    @Test
    @DisplayName("5.5 after MaxDeliver deliveries a message goes to the dead-letter callback, never out again")
    void maxDeliverDeadLetters(Random random) {
        int maxDeliver = 2 + random.nextInt(3);
        stream.publish("orders.created", "poison");
        PullConsumer consumer =
                consumer(ConsumerConfig.defaults().withAckWait(ACK_WAIT).withMaxDeliver(maxDeliver));

        for (int delivery = 1; delivery <= maxDeliver; delivery++) {
            List<Delivery> batch = consumer.fetch(1);
            assertThat(batch)
                    .extracting(Delivery::deliveryCount)
                    .as(EXERCISE.says("delivery %d of %d", delivery, maxDeliver))
                    .containsExactly(delivery);
            clock.advance(ACK_WAIT);
        }

        assertThat(consumer.fetch(1))
                .as(EXERCISE.says("no delivery after MaxDeliver"))
                .isEmpty();
        assertThat(listener.deadLettered)
                .as(EXERCISE.says("the listener hears maxDeliveriesReached once, with the count"))
                .containsExactly("#1 orders.created 'poison' x" + maxDeliver);
        assertThat(consumer.pending())
                .as(EXERCISE.says("a dead letter is no longer pending"))
                .isEmpty();
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

        assertThat(consumer.fetch(10)).as(EXERCISE.says("neither comes back")).isEmpty();
        assertThat(listener.terminated)
                .as(EXERCISE.says("the terminated message is reported"))
                .containsExactly("#2 a 'bad' x1");
        assertThat(listener.acknowledged)
                .as(EXERCISE.says("both are settled (a term is an acknowledgement too)"))
                .containsExactly(1L, 2L);
        assertThat(consumer.ackFloor())
                .as(EXERCISE.says("#1 acked and #2 terminated: the ack floor is #2"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("5.5 with ack policy NONE, delivered is done: no redelivery, reported acknowledged at once")
    void ackNone() {
        stream.publish("a", "1");
        PullConsumer consumer =
                consumer(ConsumerConfig.defaults().withAckPolicy(AckPolicy.NONE).withAckWait(ACK_WAIT));

        consumer.fetch(1);
        clock.advance(ACK_WAIT.multipliedBy(2));

        assertThat(consumer.fetch(1))
                .as(EXERCISE.says("at most once: nothing comes back"))
                .isEmpty();
        assertThat(listener.acknowledged)
                .as(EXERCISE.says("with NONE, the delivery itself is reported acknowledged"))
                .containsExactly(1L);
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
