package workshop.step09.events;

/** The payments service charged an order; the order is complete and can no longer expire. */
public record PaymentCreated(String paymentId, String orderId) implements TicketingEvent {

    @Override
    public String messageId() {
        return "payment-" + paymentId;
    }
}
