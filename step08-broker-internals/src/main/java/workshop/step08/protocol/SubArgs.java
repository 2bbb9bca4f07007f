package workshop.step08.protocol;

/**
 * The arguments of {@code SUB <subject> [queue group] <sid>}.
 *
 * @param subject the filter, possibly with wildcards
 * @param queue   the queue group, or null
 * @param sid     the client's id for this subscription; it comes back in every MSG
 */
public record SubArgs(String subject, String queue, String sid) {
}
