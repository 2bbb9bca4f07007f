package workshop.step03.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step03.given.Message;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 3.2: the broker answers a request nobody received with a 503 status. */
@ExtendWith(SeededRandomResolver.class)
class NoRespondersBrokerTest {

    private static final Exercise EXERCISE = Exercise.of("3.2");

    @Test
    @DisplayName("3.2 answers a request nobody received with a 503 status message, at once")
    void answers503(Random random) {
        NoRespondersBroker broker = new NoRespondersBroker(random);
        String inbox = "_INBOX.requester" + random.nextInt(1000);
        List<Message> replies = new CopyOnWriteArrayList<>();
        broker.subscribe(inbox, replies::add);

        broker.publish(Message.request("prices.quote", inbox, "BTC"));

        // Delivery is synchronous: by the time publish returns, the answer is there. No waiting.
        assertThat(replies)
                .as(EXERCISE.says("one status message on the reply subject, before publish returns"))
                .hasSize(1);
        Message status = replies.get(0);
        assertThat(status.isNoResponders())
                .as(EXERCISE.says("the status is 503: %s", status))
                .isTrue();
        assertThat(status.subject()).isEqualTo(inbox);
        assertThat(status.payload())
                .as(EXERCISE.says("a status message has no payload"))
                .isEmpty();
        assertThat(broker.droppedCount())
                .as(EXERCISE.says("the request itself still counts as dropped"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("3.2 answers only for a request that nobody received")
    void noStatusWhenSomeoneListens(Random random) {
        NoRespondersBroker broker = new NoRespondersBroker(random);
        List<Message> replies = new CopyOnWriteArrayList<>();
        broker.subscribe("_INBOX.mine", replies::add);
        broker.queueSubscribe("prices.*", "pricers", request -> {});

        broker.publish(Message.request("orders.new", "_INBOX.mine", "nobody takes orders"));
        assertThat(replies)
                .as(EXERCISE.says("nobody listens on orders.new: a 503"))
                .hasSize(1);

        // A reply subject need not be an inbox: a requester may name any subject it listens on.
        List<Message> desk = new CopyOnWriteArrayList<>();
        broker.subscribe("replies.desk", desk::add);
        broker.publish(Message.request("orders.new", "replies.desk", "still nobody"));
        assertThat(desk)
                .as(EXERCISE.says("the 503 goes to any reply subject, not only to an _INBOX. one"))
                .hasSize(1);

        broker.publish(Message.request("prices.quote", "_INBOX.mine", "ETH"));
        assertThat(replies)
                .as(EXERCISE.says("a member of a queue group got the price request; nobody answers for it"))
                .hasSize(1);
        assertThat(broker.droppedCount())
                .as(EXERCISE.says("only the two order requests were dropped"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("3.2 only drops a plain message nobody received, and a status nobody waits for")
    void plainMessagesAreOnlyDropped(Random random) {
        NoRespondersBroker broker = new NoRespondersBroker(random);
        List<Message> everything = new CopyOnWriteArrayList<>();
        broker.subscribe("audit.>", everything::add);

        try {
            broker.publish(Message.of("prices.updated", "no reply expected"));
        } catch (RuntimeException e) {
            throw new AssertionError(
                    EXERCISE.says(
                            "publishing a plain message nobody received threw %s: a message with no reply"
                                    + " subject expects no answer, so no 503 is sent",
                            e),
                    e);
        }
        assertThat(broker.droppedCount())
                .as(EXERCISE.says(
                        "a plain message (no reply subject) nobody received is dropped once, with no 503 sent"))
                .isEqualTo(1);

        broker.publish(Message.request("prices.quote", "_INBOX.gone", "nobody waits"));
        assertThat(broker.droppedCount())
                .as(
                        EXERCISE.says(
                                "the request and its 503 (its inbox has no subscriber either) are both dropped, and it stops there"))
                .isEqualTo(3);
        assertThat(everything)
                .as(EXERCISE.says("a subscriber on audit.> hears neither the messages nor a 503"))
                .isEmpty();
    }
}
