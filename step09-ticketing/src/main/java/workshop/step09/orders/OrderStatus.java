package workshop.step09.orders;

/** Where an order is: made and waiting for payment, cancelled (it expired unpaid), or paid. */
public enum OrderStatus {
    /** Made: the ticket is held for the buyer until the order expires or is paid. */
    CREATED,
    /** It expired unpaid: the ticket is free again. */
    CANCELLED,
    /** Paid: it can no longer be cancelled. */
    COMPLETE
}
