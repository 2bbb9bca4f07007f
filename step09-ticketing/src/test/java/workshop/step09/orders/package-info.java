/**
 * The tests of the orders service, against a fresh nats-server from the test kit
 * ({@code @NatsServerTest}), with seeded stream names and subjects.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.7 Keep a copy of the tickets: {@link workshop.step09.orders.TicketCopyTest}</li>
 *   <li>9.8 The orders service: {@link workshop.step09.orders.OrdersServiceTest}</li>
 * </ul>
 * {@code testing.BusProbe} publishes events as the other services would and reads what the stream stored.
 */
package workshop.step09.orders;
