package workshop.step08.protocol;

import java.util.Optional;

/**
 * The arguments of {@code SUB <subject> [queue group] <sid>}.
 *
 * @param filter     the subject pattern, possibly with wildcards
 * @param queueGroup the queue group, for a queue subscription
 * @param sid        the client's id for this subscription; it comes back in every MSG
 */
public record SubArgs(String filter, Optional<String> queueGroup, String sid) {}
