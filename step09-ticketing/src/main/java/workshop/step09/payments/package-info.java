/**
 * The payments service: it keeps the orders it may charge from {@code OrderCreated} and
 * {@code OrderCancelled} (applying each order's versions in order) and charges one by publishing
 * {@code PaymentCreated}.
 *
 * <p>Exercises:
 * <ul>
 *   <li>9.11 Charge only what may be paid ({@link workshop.step09.payments.PaymentsService})</li>
 *   <li>9.16 Write the payments program, whole: the class {@code PaymentsProgram}, a new file, which runs the
 *       service from connection to SIGTERM</li>
 * </ul>
 *
 * <p>Depends on {@code bus} and {@code events}; {@code PaymentsProgram} also on {@code runtime}.
 */
package workshop.step09.payments;
