/**
 * The expiration service: it says when an order's time is up ({@code ExpirationComplete}), so the
 * orders service can cancel an order nobody paid. Two ways to wait, one class each, both named
 * {@code expiration} (a program runs one of them).
 *
 * <p>Exercises:
 * <ul>
 *   <li>9.9 Expire by delayed redelivery: {@link workshop.step09.expiration.ExpirationService} holds
 *       each {@code OrderCreated} in its consumer, answering NOT_YET with a delay of the time left,
 *       on every nats-server;</li>
 *   <li>9.10 Expire by message schedule: {@link workshop.step09.expiration.ScheduledExpirationService}
 *       leaves the wait to the server, a message schedule per order (nats-server 2.12+).</li>
 * </ul>
 *
 * <p>Depends on {@code bus} and {@code events}, and jnats (9.10 publishes its schedules itself).
 */
package workshop.step09.expiration;
