/**
 * The tests of the expiration service, each class against a fresh nats-server from the test kit
 * ({@code @NatsServerTest}), with seeded stream names and subjects. They run the service as the
 * program does, publish {@code OrderCreated} events and read what lands on the bus.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.9 Expire by delayed redelivery: {@link workshop.step09.expiration.ExpirationServiceTest}</li>
 *   <li>9.10 Expire by message schedule: {@link workshop.step09.expiration.ScheduledExpirationServiceTest}
 *       (nats-server 2.12+; skipped on older servers)</li>
 * </ul>
 */
package workshop.step09.expiration;
