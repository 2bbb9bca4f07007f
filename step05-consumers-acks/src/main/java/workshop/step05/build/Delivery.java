package workshop.step05.build;

import workshop.step05.given.StoredMessage;

/**
 * One message handed to the application, and how many times it has been handed out so far
 * (1 the first time). JetStream puts the same number in every message's metadata.
 */
public record Delivery(StoredMessage message, int deliveryCount) {

    public long sequence() {
        return message.sequence();
    }

    public boolean isRedelivery() {
        return deliveryCount > 1;
    }
}
