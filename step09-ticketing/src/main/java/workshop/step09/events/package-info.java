/**
 * The ticketing services' events: one record per kind, {@link workshop.step09.events.EventType}
 * (the one place that says which record goes on which subject) and
 * {@link workshop.step09.events.EventCodec}, their JSON. Every ticket and order event carries a
 * version, so that a service keeping a copy applies them in order.
 *
 * <p>Exercises: 9.1 Write events as JSON ({@link workshop.step09.events.EventCodec}).
 *
 * <p>Depends on the JDK and Jackson only: any service, and any test, can read and write events.
 */
package workshop.step09.events;
