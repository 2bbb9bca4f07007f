package workshop.step09.bus;

import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.PublishOptions;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.io.IOException;
import java.time.Duration;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketingEvent;

/**
 * Listens to one kind of event for one service. Write a subclass per kind a service handles, with
 * its {@link #onEvent}; {@link #start} does the rest:
 * <ul>
 *   <li>one durable consumer per service and kind, so the service's replicas share the events:
 *       each event goes to one of them;</li>
 *   <li>an event is acknowledged only once {@code onEvent} said {@link Verdict#DONE}: a replica that
 *       dies before that leaves it to be delivered again, to another replica, after AckWait;</li>
 *   <li>{@link Verdict#NOT_YET} delivers it again after a delay ({@link #notYetDelay}); an exception,
 *       or a NOT_YET on the last of MaxDeliver deliveries, puts it on the service's dead-letter
 *       subject, so nothing is dropped without a trace.</li>
 * </ul>
 */
public abstract class Listener<E extends TicketingEvent> implements AutoCloseable {

    /** The header a dead letter carries: the subject the event came on. */
    public static final String ORIGINAL_SUBJECT = "Ticketing-Original-Subject";
    /** The header a dead letter carries: why the service gave up on it. */
    public static final String FAILURE = "Ticketing-Failure";

    private final ServiceContext service;
    private final EventType<E> type;
    private final ListenerSettings settings;
    private MessageConsumer consumer;

    protected Listener(ServiceContext service, EventType<E> type, ListenerSettings settings) {
        this.service = service;
        this.type = type;
        this.settings = settings;
    }

    /**
     * Handles one event. Called once per delivery, one event at a time per listener; an event can
     * come more than once (after a crash, a lost ack), so handling it twice must do no harm.
     *
     * @return {@link Verdict#DONE} once handled, {@link Verdict#NOT_YET} when it came too early
     * @throws Exception when it failed; it is delivered again until MaxDeliver
     */
    protected abstract Verdict onEvent(E event) throws Exception;

    /** The stream its consumer lives in. */
    public String stream() {
        return service.bus().stream();
    }

    /**
     * How long {@code event}, answered {@link Verdict#NOT_YET}, waits before it comes again: the
     * settings' {@code notYetDelay}. A listener that knows when the event is due says so instead
     * (the expiration service: until the order expires), so a long wait costs one delivery, not one
     * per {@code notYetDelay}, and MaxDeliver does not end it.
     */
    protected Duration notYetDelay(E event) {
        return settings.notYetDelay();
    }

    /** The durable consumer's name: one per service and kind, shared by the service's replicas. */
    public String durableName() {
        return service.name() + "-" + type.subject().replace('.', '-');
    }

    /**
     * The consumer this listener reads from: durable under {@link #durableName()}, only its kind's
     * subject, every event from the stream's start, acknowledged one by one, with the settings'
     * AckWait and MaxDeliver.
     */
    public ConsumerConfiguration consumerConfiguration() {
        // TODO Exercise 9.5: a durable consumer of this kind's subject, explicit acks, the settings' AckWait and
        // MaxDeliver, from the first event.
        throw new UnsupportedOperationException("Exercise 9.5 is not solved yet: One durable consumer per service. Read step09-ticketing/README.md#95-one-durable-consumer-per-service");
    }

    /**
     * Creates the consumer if it is not there (or updates it) and starts handling events on jnats'
     * thread until {@link #close()}.
     */
    public void start() throws IOException, JetStreamApiException {
        String stream = service.bus().stream();
        service.connection().jetStreamManagement().addOrUpdateConsumer(stream, consumerConfiguration());
        consumer =
                service.connection().getConsumerContext(stream, durableName()).consume(this::settle);
    }

    /**
     * Settles one delivery: decodes it, asks {@link #onEvent}, then acks, naks with the settings'
     * delay, or dead-letters it. Never throws: whatever happens, the message is settled or left to
     * AckWait.
     */
    void settle(Message message) {
        // TODO Exercise 9.4: decode (bytes that are no event can never succeed: dead-letter them now); ask onEvent;
        // DONE acks, NOT_YET naks with the listener's delay for that event, a failure naks; on the last delivery a
        // NOT_YET or a failure is dead-lettered instead.
        throw new UnsupportedOperationException("Exercise 9.4 is not solved yet: Settle each event: done, not yet, or dead. Read step09-ticketing/README.md#94-settle-each-event-done-not-yet-or-dead");
    }

    /**
     * Stores the message's data on the service's dead-letter subject, with where it came from and
     * why, then terminates it: the server delivers it no more. If storing fails the message is left
     * unsettled, so AckWait brings it back rather than losing it.
     */
    protected void deadLetter(Message message, String why) {
        Headers headers = new Headers()
                .put(ORIGINAL_SUBJECT, message.getSubject())
                .put(FAILURE, why.replaceAll("[\\r\\n]+", " ")); // a header is one line; a failure may have more
        try {
            service.connection()
                    .jetStream()
                    .publish(
                            NatsMessage.builder()
                                    .subject(service.bus().deadLetterSubject(service.name()))
                                    .headers(headers)
                                    .data(message.getData())
                                    .build(),
                            PublishOptions.builder()
                                    .messageId("dead-" + message.metaData().streamSequence())
                                    .build());
            message.term();
        } catch (IOException | JetStreamApiException e) {
            // not stored: leave the message unsettled, AckWait delivers it again
        }
    }

    /**
     * Stops handling events: no more are pulled, and the server forgets this listener's open pull
     * request. An event it was given and has not settled comes again after AckWait, to a replica
     * still running. The durable consumer stays, for the next start.
     */
    @Override
    public void close() {
        if (consumer != null) {
            consumer.stop();
            try {
                consumer.close(); // unsubscribes: without interest the server drops the pull request
            } catch (Exception e) {
                // closing a consumer of a closed connection: nothing left to stop
            }
        }
    }
}
