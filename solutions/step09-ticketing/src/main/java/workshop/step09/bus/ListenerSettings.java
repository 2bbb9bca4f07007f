package workshop.step09.bus;

import java.time.Duration;

/**
 * How patient a listener's consumer is.
 *
 * @param ackWait how long the server waits for an ack before it delivers the event again
 * @param maxDeliver how many deliveries an event gets in all; after the last it goes to the dead letters
 * @param notYetDelay how long an event that came too early waits before it is delivered again
 */
public record ListenerSettings(Duration ackWait, int maxDeliver, Duration notYetDelay) {

    /** What the services use: a handler has 30 s, an event 5 deliveries, a too-early one waits 1 s. */
    public static ListenerSettings standard() {
        return new ListenerSettings(Duration.ofSeconds(30), 5, Duration.ofSeconds(1));
    }
}
