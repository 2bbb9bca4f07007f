package workshop.step09.events;

/** An order was cancelled (it expired unpaid); its ticket is free again. */
public record OrderCancelled(String orderId, String ticketId, long version) implements TicketingEvent {

    @Override
    public String messageId() {
        return "order-" + orderId + "-v" + version;
    }
}
