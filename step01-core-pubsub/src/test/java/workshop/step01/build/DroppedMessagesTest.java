package workshop.step01.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 1.5: at-most-once means a message with no subscriber is gone; the broker counts it. */
@ExtendWith(SeededRandomResolver.class)
class DroppedMessagesTest {

    private static final Exercise EXERCISE = Exercise.of("1.5");
    private final Broker broker = new Broker();

    @Test
    @DisplayName("1.5 a message no subscription matches is counted as dropped, the others are not")
    void countsUnroutedMessages(Random random) {
        assertThat(broker.droppedCount())
                .as(EXERCISE.says("a new broker has dropped nothing"))
                .isZero();
        broker.subscribe("orders.>", m -> {});
        broker.subscribe("inventory.>", m -> {}); // a second subject with a subscriber, that orders never match
        int unrouted = 1 + random.nextInt(20);
        int routed = 1 + random.nextInt(20);

        for (int i = 0; i < unrouted; i++) {
            broker.publish("payments." + i, "lost");
        }
        for (int i = 0; i < routed; i++) {
            broker.publish("orders." + i, "heard");
        }

        assertThat(broker.droppedCount())
                .as(EXERCISE.says(
                        "%d messages found no subscriber and %d did: a message is dropped when no subscription matches"
                                + " it, whatever other subjects' subscribers exist",
                        unrouted, routed))
                .isEqualTo(unrouted);
        assertThat(broker.droppedCount())
                .as(EXERCISE.says(
                        "read again, droppedCount() is still %d: it is a total since the broker started,"
                                + " reading it does not reset it",
                        unrouted))
                .isEqualTo(unrouted);
    }

    @Test
    @DisplayName("1.5 once its only subscriber has left, a subject's messages are dropped")
    void droppedAfterUnsubscribe() {
        assertThat(broker.droppedCount())
                .as(EXERCISE.says("a new broker has dropped nothing"))
                .isZero();
        Subscription only = broker.subscribe("alerts", m -> {});
        broker.publish("alerts", "heard");
        only.unsubscribe();
        broker.publish("alerts", "lost");

        assertThat(broker.droppedCount())
                .as(EXERCISE.says("the message after unsubscribe() is dropped"))
                .isEqualTo(1);
    }
}
