package workshop.step09.monitor;

// EXERCISE 9.14 WHOLE FILE: a service that keeps every service's dead letters for an operator

import io.nats.client.JetStreamApiException;
import io.nats.client.Message;
import io.nats.client.MessageConsumer;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;

/**
 * Keeps the dead letters of every service. Its consumer reads every subject under the bus's
 * dead-letter prefix, durably, so a monitor started again goes on from the first dead letter it has
 * not acknowledged. A dead letter is no event (its bytes may not even decode), so this is no
 * {@link Listener}: it reads raw messages and their headers.
 */
public final class DeadLetterMonitor implements DeadLetters {

    private final ServiceContext context;
    private final ListenerSettings settings;
    private final List<DeadLetter> received = new CopyOnWriteArrayList<>();
    private MessageConsumer consumer;

    public DeadLetterMonitor(ServiceContext context, ListenerSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    @Override
    public String name() {
        return context.name();
    }

    @Override
    public void start() throws IOException, JetStreamApiException {
        context.bus().ensureStream(context.connection().jetStreamManagement());
        String durable = context.name() + "-deadletters";
        ConsumerConfiguration configuration = ConsumerConfiguration.builder()
                .durable(durable)
                .filterSubject(context.bus().deadLetterSubject("*"))
                .deliverPolicy(DeliverPolicy.All)
                .ackPolicy(AckPolicy.Explicit)
                .ackWait(settings.ackWait())
                .build();
        context.connection().jetStreamManagement().addOrUpdateConsumer(context.bus().stream(), configuration);
        consumer = context.connection()
                .getConsumerContext(context.bus().stream(), durable)
                .consume(this::receive);
    }

    private void receive(Message message) {
        String subject = message.getSubject();
        String service = subject.substring(subject.lastIndexOf('.') + 1);
        String original = message.hasHeaders() ? message.getHeaders().getFirst(Listener.ORIGINAL_SUBJECT) : null;
        String failure = message.hasHeaders() ? message.getHeaders().getFirst(Listener.FAILURE) : null;
        received.add(new DeadLetter(service, original, failure, new String(message.getData(), StandardCharsets.UTF_8)));
        message.ack();
    }

    /** Keeps nothing but the list: the monitor has no listeners whose lag a health check could read. */
    @Override
    public List<Listener<?>> listeners() {
        return List.of();
    }

    @Override
    public List<DeadLetter> deadLetters() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        if (consumer != null) {
            consumer.stop();
            try {
                consumer.close();
            } catch (Exception e) {
                // the connection is closed already: nothing left to stop
            }
        }
    }
}
