package workshop.step01.build;

/**
 * The NATS rules for subjects. A subject is a string of tokens separated by dots:
 * {@code orders.eu.created}. Every token is non-empty and has no whitespace.
 * <p>
 * Two wildcards exist, and only as a whole token, only where a client subscribes:
 * {@code *} stands for exactly one token, {@code >} for one or more tokens and only as the last one.
 * {@code foo*} is not a wildcard: it is an ordinary token that happens to contain a star.
 */
public final class SubjectValidator {

    private SubjectValidator() {}

    /** Whether a client may publish to this subject: valid tokens, and no wildcard token. */
    public static boolean isValidSubject(String subject) {
        // TODO Exercise 1.1: Accept a publish subject only when its tokens are valid and none is a wildcard.
        throw new UnsupportedOperationException("Exercise 1.1 is not solved yet: Validate subjects. Read step01-core-pubsub/README.md#11-validate-subjects");
    }

    /** Whether a client may subscribe to this subject: valid tokens, wildcards allowed, {@code >} only last. */
    public static boolean isValidFilter(String filter) {
        // TODO Exercise 1.1: Accept a subscription subject: valid tokens, and '>' only as the last token.
        throw new UnsupportedOperationException("Exercise 1.1 is not solved yet: Validate subjects. Read step01-core-pubsub/README.md#11-validate-subjects");
    }

    /** Non-null, non-empty, no whitespace, and no empty token (so no leading, trailing or double dot). */
    private static boolean hasValidTokens(String subject) {
        // TODO Exercise 1.1: Reject null, empty, whitespace, and empty tokens.
        throw new UnsupportedOperationException("Exercise 1.1 is not solved yet: Validate subjects. Read step01-core-pubsub/README.md#11-validate-subjects");
    }
}
