package workshop.step09.events;

/** The expiration service's word that an order's time is up; the orders service decides what follows. */
public record ExpirationComplete(String orderId) implements TicketingEvent {

    @Override
    public String messageId() {
        return "expiration-" + orderId;
    }
}
