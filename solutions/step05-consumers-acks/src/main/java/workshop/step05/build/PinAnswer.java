package workshop.step05.build;

/**
 * What a priority group under the pinned-client policy answers a worker's pull: serve it (it is
 * the pinned one), keep it waiting (another worker is pinned), or refuse the pin id it named.
 */
public sealed interface PinAnswer {

    /** Deliver to this worker; it names {@code pinId} in every later pull (jnats: header {@code Nats-Pin-Id}). */
    record Served(String pinId) implements PinAnswer {}

    /** Another worker is pinned: this pull waits, and is served only if that worker loses its pin. */
    record Standby() implements PinAnswer {}

    /** The pin id is not (or no longer) the group's: the server's {@code 423 Nats-Wrong-Pin-Id}. Pull again without one. */
    record WrongPin() implements PinAnswer {}
}
