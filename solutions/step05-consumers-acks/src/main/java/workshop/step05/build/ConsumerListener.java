package workshop.step05.build;

import workshop.step05.given.StoredMessage;

/**
 * What a consumer reports about its messages. The dead-letter callbacks are the Build track's
 * version of the server's advisories ({@code $JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES…} and
 * {@code …MSG_TERMINATED…}); every method does nothing unless overridden.
 */
public interface ConsumerListener {

    /** The message was acknowledged (by an ack, or by a later ack with {@link AckPolicy#ALL}). */
    default void acknowledged(long sequence) {}

    /** The message was delivered {@code deliveries} times, never acknowledged, and will not be delivered again. */
    default void maxDeliveriesReached(StoredMessage message, int deliveries) {}

    /** The application terminated the message: it will not be delivered again. */
    default void terminated(StoredMessage message, int deliveries) {}
}
