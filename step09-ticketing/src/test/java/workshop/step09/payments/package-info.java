/**
 * The tests of the payments service, against a fresh nats-server from the test kit
 * ({@code @NatsServerTest}), with seeded stream names and subjects. They publish order events as the
 * orders service would and call {@code charge} as a buyer's request would.
 *
 * <p>Tests by exercise: 9.11 Charge only what may be paid:
 * {@link workshop.step09.payments.PaymentsServiceTest}.
 */
package workshop.step09.payments;
