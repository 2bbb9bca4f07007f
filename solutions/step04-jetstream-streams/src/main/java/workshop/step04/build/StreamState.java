package workshop.step04.build;

/**
 * A stream's numbers at one moment, as {@code nats stream info} shows them. A stream emptied by
 * removals or a purge has {@code firstSequence == lastSequence + 1}: the next message will get
 * {@code firstSequence}. A stream that never stored anything reports 0 and 0.
 */
public record StreamState(long messages, long bytes, long firstSequence, long lastSequence) {}
