/**
 * The tests of the event bus, each class against a fresh nats-server from the test kit
 * ({@code @NatsServerTest}), with seeded stream names and subjects so that they also run on a
 * shared server (NATS_URL).
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.2 Make the stream, whoever starts first: {@link workshop.step09.bus.EventBusTest}</li>
 *   <li>9.3 Publish an event once: {@link workshop.step09.bus.PublisherTest}</li>
 *   <li>9.4 Settle each event: done, not yet, or dead: {@link workshop.step09.bus.SettlingTest}, which
 *       hands the listener one message at a time from a consumer of its own</li>
 *   <li>9.5 One durable consumer per service: {@link workshop.step09.bus.DurableConsumerTest}</li>
 * </ul>
 * {@code ScriptedListener} answers as each test says and records what it was asked.
 */
package workshop.step09.bus;
