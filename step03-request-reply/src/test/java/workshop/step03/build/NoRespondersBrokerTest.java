package workshop.step03.build;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step03.given.Message;
import workshop.testkit.SeededRandomResolver;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SeededRandomResolver.class)
class NoRespondersBrokerTest {

    private static final String ANCHOR = " (README.md#32-answer-no-responders)";

    @Test
    @DisplayName("3.2 answers a request nobody received with a 503 status message, at once")
    void answers503(Random random) {
        NoRespondersBroker broker = new NoRespondersBroker(random);
        String inbox = "_INBOX.requester" + random.nextInt(1000);
        List<Message> replies = new CopyOnWriteArrayList<>();
        broker.subscribe(inbox, replies::add);

        broker.publish(Message.request("prices.quote", inbox, "BTC"));

        // Delivery is synchronous: by the time publish returns, the answer is there. No waiting.
        assertThat(replies).as("Exercise 3.2: one status message on the reply subject, before publish returns%s", ANCHOR).hasSize(1);
        Message status = replies.get(0);
        assertThat(status.isNoResponders()).as("Exercise 3.2: the status is 503: %s%s", status, ANCHOR).isTrue();
        assertThat(status.subject()).isEqualTo(inbox);
        assertThat(status.payload()).as("Exercise 3.2: a status message has no payload%s", ANCHOR).isEmpty();
        assertThat(broker.droppedCount()).as("Exercise 3.2: the request itself still counts as dropped%s", ANCHOR).isEqualTo(1);
    }

    @Test
    @DisplayName("3.2 answers only for a request that nobody received")
    void noStatusWhenSomeoneListens(Random random) {
        NoRespondersBroker broker = new NoRespondersBroker(random);
        List<Message> replies = new CopyOnWriteArrayList<>();
        broker.subscribe("_INBOX.mine", replies::add);
        broker.queueSubscribe("prices.*", "pricers", request -> { });

        broker.publish(Message.request("orders.new", "_INBOX.mine", "nobody takes orders"));
        assertThat(replies).as("Exercise 3.2: nobody listens on orders.new: a 503%s", ANCHOR).hasSize(1);

        broker.publish(Message.request("prices.quote", "_INBOX.mine", "ETH"));
        assertThat(replies)
                .as("Exercise 3.2: a member of a queue group got the price request; nobody answers for it%s", ANCHOR)
                .hasSize(1);
        assertThat(broker.droppedCount()).as("Exercise 3.2: only the order request was dropped%s", ANCHOR).isEqualTo(1);
    }

    @Test
    @DisplayName("3.2 only drops a plain message nobody received, and a status nobody waits for")
    void plainMessagesAreOnlyDropped(Random random) {
        NoRespondersBroker broker = new NoRespondersBroker(random);
        List<Message> everything = new CopyOnWriteArrayList<>();
        broker.subscribe("audit.>", everything::add);

        broker.publish(Message.of("prices.updated", "no reply expected"));
        assertThat(broker.droppedCount()).as("Exercise 3.2%s", ANCHOR).isEqualTo(1);

        broker.publish(Message.request("prices.quote", "_INBOX.gone", "nobody waits"));
        assertThat(broker.droppedCount())
                .as("Exercise 3.2: the request and its 503 (its inbox has no subscriber either) are both dropped, and it stops there%s", ANCHOR)
                .isEqualTo(3);
        assertThat(everything).isEmpty();
    }
}
