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
        // EXERCISE 1.1 BEGIN: Accept a publish subject only when its tokens are valid and none is a wildcard.
        if (!hasValidTokens(subject)) {
            return false;
        }
        for (String token : subject.split("\\.", -1)) {
            if (token.equals("*") || token.equals(">")) {
                return false;
            }
        }
        return true;
        // EXERCISE 1.1 END
    }

    /** Whether a client may subscribe to this subject: valid tokens, wildcards allowed, {@code >} only last. */
    public static boolean isValidFilter(String filter) {
        // EXERCISE 1.1 BEGIN: Accept a subscription subject: valid tokens, and '>' only as the last token.
        if (!hasValidTokens(filter)) {
            return false;
        }
        String[] tokens = filter.split("\\.", -1);
        for (int i = 0; i < tokens.length - 1; i++) {
            if (tokens[i].equals(">")) {
                return false;
            }
        }
        return true;
        // EXERCISE 1.1 END
    }

    /** Non-null, non-empty, no whitespace, and no empty token (so no leading, trailing or double dot). */
    private static boolean hasValidTokens(String subject) {
        // EXERCISE 1.1 BEGIN: Reject null, empty, whitespace, and empty tokens.
        if (subject == null || subject.isEmpty()) {
            return false;
        }
        for (int i = 0; i < subject.length(); i++) {
            if (Character.isWhitespace(subject.charAt(i))) {
                return false;
            }
        }
        for (String token : subject.split("\\.", -1)) { // -1 keeps trailing empty tokens: "a." has two
            if (token.isEmpty()) {
                return false;
            }
        }
        return true;
        // EXERCISE 1.1 END
    }
}
