/**
 * The tests of the tickets service, against a fresh nats-server from the test kit
 * ({@code @NatsServerTest}), with seeded stream names and subjects.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.6 The tickets service: {@link workshop.step09.tickets.TicketsServiceTest}</li>
 * </ul>
 * {@code testing.BusProbe} publishes events as the other services would and reads what the stream stored.
 */
package workshop.step09.tickets;
