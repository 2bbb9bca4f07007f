package workshop.step04.build;

/**
 * A stream's numbers at one moment, as {@code nats stream info} shows them. An empty stream has
 * {@code firstSequence == lastSequence + 1}: the next message will get {@code firstSequence}.
 */
public record StreamState(long messages, long bytes, long firstSequence, long lastSequence) {
}
