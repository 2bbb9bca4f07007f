/**
 * The payments service: it keeps the orders it may charge from {@code OrderCreated} and
 * {@code OrderCancelled} (applying each order's versions in order) and charges one by publishing
 * {@code PaymentCreated}.
 *
 * <p>Exercises: 9.11 Charge only what may be paid ({@link workshop.step09.payments.PaymentsService}).
 *
 * <p>Depends on {@code bus} and {@code events}.
 */
package workshop.step09.payments;
