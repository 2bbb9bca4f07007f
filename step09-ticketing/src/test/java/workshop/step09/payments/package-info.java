/**
 * The tests of the payments service, against a fresh nats-server from the test kit
 * ({@code @NatsServerTest}), with seeded stream names and subjects. They publish order events as the
 * orders service would and call {@code charge} as a buyer's request would.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.11 Charge only what may be paid: {@link workshop.step09.payments.PaymentsServiceTest}</li>
 *   <li>9.16 Write the payments program, whole: {@link workshop.step09.payments.PaymentsProgramTest}, in
 *       process and as a real process stopped with SIGTERM (that one needs a server the kit started)</li>
 * </ul>
 */
package workshop.step09.payments;
