package workshop.step03.build;

import java.util.Random;
import workshop.step03.given.Broker;
import workshop.step03.given.Message;

/**
 * The given broker, answering for the missing: a request (a message with a reply subject) that
 * reaches no subscriber gets an immediate {@code 503} status message on its reply subject, as
 * nats-server sends to clients that ask for it. The requester learns at once that nobody is there,
 * instead of waiting for its timeout.
 */
public class NoRespondersBroker extends Broker {

    public NoRespondersBroker(Random random) {
        super(random);
    }

    /** Answers a request that reached nobody with {@link Message#noResponders}; other messages stay dropped. */
    @Override
    protected void unrouted(Message message) {
        // EXERCISE 3.2 BEGIN: If the message expects an answer, publish the 503 status message to its reply subject.
        if (message.replyTo() != null) {
            publish(Message.noResponders(message.replyTo()));
        }
        // EXERCISE 3.2 END
    }
}
