package workshop.step01.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 1.4: unsubscribing, at once or after N messages. */
@ExtendWith(SeededRandomResolver.class)
class SubscriptionTest {

    private static final Exercise EXERCISE = Exercise.of("1.4");
    private final Broker broker = new Broker();

    /**
     * A bystander on '>' hears every message, so no publish here finds nobody: the broker would count
     * that as dropped, and counting drops is a later exercise (DroppedMessagesTest) these tests must not wait for.
     */
    @BeforeEach
    void everyMessageHasAListener() {
        broker.subscribe(">", message -> {});
    }

    @Test
    @DisplayName("1.4 after unsubscribe, nothing more arrives and the broker forgets the subscription")
    void unsubscribe() {
        List<Message> received = new ArrayList<>();
        Subscription subscription = broker.subscribe("news", received::add);
        broker.publish("news", "one");

        subscription.unsubscribe();
        broker.publish("news", "two");

        assertThat(received)
                .as(EXERCISE.says("only the message published before unsubscribe() arrives"))
                .hasSize(1);
        assertThat(subscription.isActive())
                .as(EXERCISE.says("an unsubscribed subscription is not active"))
                .isFalse();
        assertThat(broker.subscriptionCount())
                .as(EXERCISE.says("the broker no longer holds it: only the bystander on '>' is left"))
                .isEqualTo(1);
        subscription.unsubscribe(); // twice is harmless
    }

    @Test
    @DisplayName("1.4 unsubscribeAfter(n) lets exactly n messages through, then stops")
    void autoUnsubscribe(Random random) {
        int max = 2 + random.nextInt(8);
        List<Message> received = new ArrayList<>();
        Subscription subscription = broker.subscribe("ticks", received::add);

        subscription.unsubscribeAfter(max);
        for (int i = 0; i < max + 5; i++) {
            broker.publish("ticks", "tick " + i);
        }

        assertThat(received)
                .as(EXERCISE.says("unsubscribeAfter(%d) delivers exactly %d messages, not one more", max, max))
                .hasSize(max);
        assertThat(subscription.isActive())
                .as(EXERCISE.says("it unsubscribes itself when the limit is reached"))
                .isFalse();
        assertThat(broker.subscriptionCount())
                .as(EXERCISE.says("the broker forgets it then: only the bystander on '>' is left"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("1.4 unsubscribeAfter counts messages already delivered, like NATS's UNSUB with a max")
    void limitCountsWhatAlreadyArrived() {
        List<Message> received = new ArrayList<>();
        Subscription subscription = broker.subscribe("ticks", received::add);
        broker.publish("ticks", "1");
        broker.publish("ticks", "2");
        broker.publish("ticks", "3");

        subscription.unsubscribeAfter(3);
        broker.publish("ticks", "4");

        assertThat(received)
                .as(EXERCISE.says("3 had arrived already, so unsubscribeAfter(3) stops it at once"))
                .hasSize(3);
        assertThat(subscription.isActive())
                .as(EXERCISE.says("a subscription whose limit was already reached is no longer active"))
                .isFalse();
    }
}
