package workshop.given;

/**
 * Subject rules, as step 1 built them: a subject is dot-separated tokens; a filter may also use
 * {@code *} (exactly one token) and {@code >} (one or more tokens, last only).
 */
public final class Subjects {

    private Subjects() {
    }

    /**
     * Checks a subject a message is published on: non-empty tokens, no wildcards, no whitespace.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String requireValidSubject(String subject) {
        requireTokens(subject, "subject");
        for (String token : subject.split("\\.", -1)) {
            if (token.equals("*") || token.equals(">")) {
                throw new IllegalArgumentException("A subject to publish on has no wildcards: '" + subject + "'");
            }
        }
        return subject;
    }

    /**
     * Checks a filter a subscriber listens on: like a subject, and {@code *} may stand for any one
     * token, {@code >} for the rest (only as the last token).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String requireValidFilter(String filter) {
        requireTokens(filter, "filter");
        String[] tokens = filter.split("\\.", -1);
        for (int i = 0; i < tokens.length - 1; i++) {
            if (tokens[i].equals(">")) {
                throw new IllegalArgumentException("'>' may only be the last token: '" + filter + "'");
            }
        }
        return filter;
    }

    /** Whether a message on {@code subject} reaches a subscriber of {@code filter}. */
    public static boolean matches(String filter, String subject) {
        String[] filterTokens = filter.split("\\.", -1);
        String[] subjectTokens = subject.split("\\.", -1);
        for (int i = 0; i < filterTokens.length; i++) {
            if (filterTokens[i].equals(">")) {
                return subjectTokens.length > i;
            }
            if (i >= subjectTokens.length) {
                return false;
            }
            if (!filterTokens[i].equals("*") && !filterTokens[i].equals(subjectTokens[i])) {
                return false;
            }
        }
        return filterTokens.length == subjectTokens.length;
    }

    private static void requireTokens(String text, String what) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A " + what + " must not be empty");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                throw new IllegalArgumentException("A " + what + " has no whitespace: '" + text + "'");
            }
        }
        for (String token : text.split("\\.", -1)) {
            if (token.isEmpty()) {
                throw new IllegalArgumentException("A " + what + " has no empty tokens: '" + text + "'");
            }
        }
    }
}
