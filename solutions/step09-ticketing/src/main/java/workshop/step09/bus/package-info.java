/**
 * The event bus the services stand on: {@link workshop.step09.bus.EventBus} (the stream and its
 * subjects), {@link workshop.step09.bus.Publisher} (store an event once) and
 * {@link workshop.step09.bus.Listener} (a durable consumer per service and kind, every event settled:
 * acknowledged, delivered again, or dead-lettered). A service passes its name, connection, bus and
 * codec around as one {@link workshop.step09.bus.ServiceContext}.
 *
 * <p>Exercises:
 * <ul>
 *   <li>9.2 Make the stream, whoever starts first: {@link workshop.step09.bus.EventBus}</li>
 *   <li>9.3 Publish an event once: {@link workshop.step09.bus.Publisher}</li>
 *   <li>9.4 Settle each event: done, not yet, or dead: {@link workshop.step09.bus.Listener}</li>
 *   <li>9.5 One durable consumer per service: {@link workshop.step09.bus.Listener}</li>
 * </ul>
 *
 * <p>Depends on jnats and {@code events}.
 */
package workshop.step09.bus;
