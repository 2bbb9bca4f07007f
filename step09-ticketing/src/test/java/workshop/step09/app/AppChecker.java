package workshop.step09.app;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workshop.step09.bus.EventBus;
import workshop.step09.events.EventCodec;
import workshop.step09.events.EventType;
import workshop.step09.events.OrderCancelled;
import workshop.step09.events.OrderCreated;
import workshop.step09.events.PaymentCreated;
import workshop.step09.events.TicketCreated;
import workshop.step09.events.TicketUpdated;
import workshop.step09.orders.OrderStatus;
import workshop.step09.orders.OrdersService;
import workshop.step09.orders.TicketCopy;
import workshop.step09.tickets.Ticket;
import workshop.step09.tickets.TicketsService;

/**
 * Reads everything the app stored, and what each running service holds, and says what does not add
 * up: every orders replica's copy of every ticket at the tickets service's version, every order made
 * once and ended as its events say, an expired order's ticket free again. Its counts are printed so a
 * run shows what it checked.
 */
final class AppChecker {

    /** What the stream holds, by kind. */
    record Counts(
            int tickets,
            int ticketVersions,
            int orders,
            int cancelled,
            int paid,
            int copies,
            int deadLetters,
            int messages) {

        @Override
        public String toString() {
            return ("%d tickets at %d versions, %d orders (%d expired and cancelled, %d paid), %d events stored twice"
                            + " (redelivered copies), %d dead letters, %d messages")
                    .formatted(tickets, ticketVersions, orders, cancelled, paid, copies, deadLetters, messages);
        }
    }

    private final EventBus bus;
    private final EventCodec codec = new EventCodec();
    private final Map<String, Long> ticketVersions = new LinkedHashMap<>(); // the highest version of each ticket
    private final Map<String, Integer> ordersMade = new LinkedHashMap<>();
    /** Each (ticket, version) and each order's creation as first stored: a later identical copy is a redelivery. */
    private final Map<String, String> firstCopy = new HashMap<>();

    private int copies;
    private final Map<String, OrderCreated> orderEvents = new HashMap<>();
    private final Map<String, Integer> cancellations = new HashMap<>();
    private final Map<String, Integer> payments = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int versionsSeen;
    private int deadLetters;
    private int messages;

    private AppChecker(EventBus bus) {
        this.bus = bus;
    }

    /** Reads every message of the bus's stream. */
    static AppChecker read(JetStreamManagement management, EventBus bus) throws IOException, JetStreamApiException {
        AppChecker checker = new AppChecker(bus);
        var state = management.getStreamInfo(bus.stream()).getStreamState();
        for (long seq = state.getFirstSequence(); seq <= state.getLastSequence(); seq++) {
            checker.take(management.getMessage(bus.stream(), seq));
        }
        return checker;
    }

    private void take(MessageInfo message) {
        messages++;
        String subject = message.getSubject();
        if (subject.startsWith(bus.prefix() + ".deadletter.")) {
            deadLetters++;
            problems.add("a dead letter on " + subject + ": " + message.getHeaders());
        } else if (subject.equals(bus.subjectOf(EventType.TICKET_CREATED))) {
            TicketCreated created = codec.decode(message.getData(), EventType.TICKET_CREATED);
            if (firstOf("ticket " + created.ticketId() + " v" + created.version(), created.toString())) {
                version(created.ticketId(), created.version());
            }
        } else if (subject.equals(bus.subjectOf(EventType.TICKET_UPDATED))) {
            TicketUpdated updated = codec.decode(message.getData(), EventType.TICKET_UPDATED);
            if (firstOf("ticket " + updated.ticketId() + " v" + updated.version(), updated.toString())) {
                version(updated.ticketId(), updated.version());
            }
        } else if (subject.equals(bus.subjectOf(EventType.ORDER_CREATED))) {
            OrderCreated created = codec.decode(message.getData(), EventType.ORDER_CREATED);
            if (firstOf("order " + created.orderId(), created.toString())) {
                ordersMade.merge(created.orderId(), 1, Integer::sum);
                orderEvents.put(created.orderId(), created);
            }
        } else if (subject.equals(bus.subjectOf(EventType.ORDER_CANCELLED))) {
            OrderCancelled cancelled = codec.decode(message.getData(), EventType.ORDER_CANCELLED);
            cancellations.merge(cancelled.orderId(), 1, Integer::sum);
        } else if (subject.equals(bus.subjectOf(EventType.PAYMENT_CREATED))) {
            PaymentCreated paid = codec.decode(message.getData(), EventType.PAYMENT_CREATED);
            payments.merge(paid.orderId(), 1, Integer::sum);
        }
    }

    /**
     * Whether this is the first copy stored under {@code key}. A later copy equal to it is a redelivery
     * (counted); a different one is two events claiming one place, such as two version 3s of a ticket.
     */
    private boolean firstOf(String key, String content) {
        String first = firstCopy.putIfAbsent(key, content);
        if (first == null) {
            return true;
        }
        if (first.equals(content)) {
            copies++;
        } else {
            problems.add(key + " was stored twice, differently: " + first + " and " + content);
        }
        return false;
    }

    private void version(String ticketId, long version) {
        versionsSeen++;
        ticketVersions.merge(ticketId, version, Math::max);
    }

    /** Checks the stream against itself: each order made once, cancelled or paid at most once, never both. */
    AppChecker checkStream() {
        ordersMade.forEach((order, times) -> {
            if (times != 1) {
                problems.add("order " + order + " was made " + times + " times");
            }
            int cancelled = cancellations.getOrDefault(order, 0);
            int paid = payments.getOrDefault(order, 0);
            if (cancelled > 1 || paid > 1 || (cancelled > 0 && paid > 0)) {
                problems.add("order " + order + " was cancelled " + cancelled + " and paid " + paid + " times");
            }
        });
        return this;
    }

    /** Checks the tickets service: each ticket at its highest version, reserved by an order that is not cancelled. */
    AppChecker checkTickets(TicketsService tickets) {
        ticketVersions.forEach((ticketId, version) -> {
            Optional<Ticket> ticket = tickets.find(ticketId);
            if (ticket.isEmpty() || ticket.get().version() != version) {
                problems.add("tickets: " + ticketId + " is at "
                        + ticket.map(Ticket::version).orElse(-1L) + ", the stream's last version is " + version);
            } else if (ticket.get().orderId() != null
                    && cancellations.containsKey(ticket.get().orderId())) {
                problems.add("tickets: " + ticketId + " is still held by cancelled order "
                        + ticket.get().orderId());
            }
        });
        return this;
    }

    /** Checks one orders replica: its copy of each ticket is the tickets service's, each order's status its events'. */
    AppChecker checkReplica(OrdersService replica, TicketsService tickets) {
        ticketVersions.keySet().forEach(ticketId -> {
            Ticket owner = tickets.find(ticketId).orElse(null);
            TicketCopy copy = replica.ticket(ticketId).orElse(null);
            if (owner == null
                    || copy == null
                    || copy.version() != owner.version()
                    || !java.util.Objects.equals(copy.orderId(), owner.orderId())) {
                problems.add("orders replica " + replica.replicaId() + ": ticket " + ticketId + " copy " + copy
                        + ", the tickets service has " + owner);
            }
        });
        ordersMade.keySet().forEach(orderId -> {
            OrderStatus expected = payments.containsKey(orderId)
                    ? OrderStatus.COMPLETE
                    : cancellations.containsKey(orderId) ? OrderStatus.CANCELLED : OrderStatus.CREATED;
            OrderStatus held = replica.find(orderId).map(o -> o.status()).orElse(null);
            if (held != expected) {
                problems.add("orders replica " + replica.replicaId() + ": order " + orderId + " is " + held
                        + ", its events say " + expected);
            }
        });
        return this;
    }

    /** What does not add up; empty when all does. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    Counts counts() {
        return new Counts(
                ticketVersions.size(),
                versionsSeen,
                ordersMade.size(),
                cancellations.size(),
                payments.size(),
                copies,
                deadLetters,
                messages);
    }
}
