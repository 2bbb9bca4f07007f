package workshop.given;

/**
 * The NATS subject rules, as step 1 builds them and as nats-server applies them, written once for
 * every step that needs them solved.
 * <ul>
 *   <li>A subject is tokens separated by dots: {@code orders.eu.created}. No token is empty, and no
 *       character is a space, tab, CR or LF: those separate a protocol line's fields and end it, so
 *       nats-server can never read them as part of a subject (other control characters it accepts).</li>
 *   <li>A filter, what a subscriber listens on, may also hold two wildcards, each only as a whole
 *       token: {@code *} stands for exactly one token, {@code >} for one or more and only as the last
 *       token. {@code foo*} is not a wildcard but a name that happens to contain a star.</li>
 * </ul>
 * Each rule has two forms: {@code isValid…} answers, {@code requireValid…} throws an
 * {@link IllegalArgumentException} that says what is wrong. Every method walks the string character
 * by character: no regular expressions, and nothing allocated but the tokens {@link #tokens} returns
 * and an exception's message, so a broker can call them for every message.
 */
public final class Subjects {

    /** What is wrong with a subject or a filter; {@link #NONE} when nothing is. */
    private enum Problem {
        NONE,
        EMPTY,
        WHITESPACE,
        EMPTY_TOKEN,
        WILDCARD,
        FULL_WILDCARD_NOT_LAST
    }

    private Subjects() {}

    /**
     * Whether a client may publish to this subject: a valid subject without wildcard tokens.
     * nats-server checks this only for a pedantic client (and routes the message anyway).
     */
    public static boolean isValidPublishSubject(String subject) {
        return problemOf(subject, false) == Problem.NONE;
    }

    /** Whether a client may subscribe to this filter: valid tokens, wildcards whole, {@code >} last. */
    public static boolean isValidFilter(String filter) {
        return problemOf(filter, true) == Problem.NONE;
    }

    /**
     * Checks a subject a message is published on, as {@link #isValidPublishSubject} does.
     *
     * @return the subject, for use in an assignment
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String requireValidSubject(String subject) {
        Problem problem = problemOf(subject, false);
        if (problem != Problem.NONE) {
            throw new IllegalArgumentException(describe(problem, "subject", subject));
        }
        return subject;
    }

    /**
     * Checks a filter a subscriber listens on, as {@link #isValidFilter} does.
     *
     * @return the filter, for use in an assignment
     * @throws IllegalArgumentException naming what is wrong
     */
    public static String requireValidFilter(String filter) {
        Problem problem = problemOf(filter, true);
        if (problem != Problem.NONE) {
            throw new IllegalArgumentException(describe(problem, "filter", filter));
        }
        return filter;
    }

    /** Whether a subject has an empty token: {@code a..b}, {@code .a}, {@code a.} or the empty subject. */
    public static boolean hasEmptyToken(String subject) {
        if (subject.isEmpty() || subject.charAt(0) == '.' || subject.charAt(subject.length() - 1) == '.') {
            return true;
        }
        return subject.contains("..");
    }

    /**
     * Splits a subject into its tokens, {@code "a.b.c"} into {@code [a, b, c]}. Empty tokens are kept:
     * {@code "a."} has two, {@code ""} one.
     */
    public static String[] tokens(String subject) {
        int count = 1;
        for (int i = 0; i < subject.length(); i++) {
            if (subject.charAt(i) == '.') {
                count++;
            }
        }
        String[] tokens = new String[count];
        int start = 0;
        int index = 0;
        for (int i = 0; i < subject.length(); i++) {
            if (subject.charAt(i) == '.') {
                tokens[index++] = subject.substring(start, i);
                start = i + 1;
            }
        }
        tokens[index] = subject.substring(start);
        return tokens;
    }

    /**
     * Whether a message on {@code subject} reaches a subscriber of {@code filter}. The filter is
     * assumed valid. The subject may hold {@code *} or {@code >}: in a subject they are plain tokens,
     * so {@code orders.*} reaches the filters {@code orders.*}, {@code orders.>} and {@code >}, not
     * {@code orders.eu}. A subject with an empty token matches nothing, as nats-server routes it to
     * nobody. Walks both strings token by token without splitting them.
     */
    public static boolean matches(String filter, String subject) {
        int f = 0;
        int s = 0;
        while (true) {
            int filterEnd = tokenEnd(filter, f);
            int subjectEnd = tokenEnd(subject, s);
            if (subjectEnd == s) {
                return false; // an empty subject token
            }
            int length = filterEnd - f;
            if (length == 1 && filter.charAt(f) == '>') {
                return !hasEmptyTokenFrom(subject, subjectEnd); // '>' takes this token and all the rest
            }
            boolean anyOne = length == 1 && filter.charAt(f) == '*';
            if (!anyOne && (length != subjectEnd - s || !filter.regionMatches(f, subject, s, length))) {
                return false;
            }
            boolean filterDone = filterEnd == filter.length();
            boolean subjectDone = subjectEnd == subject.length();
            if (filterDone || subjectDone) {
                return filterDone && subjectDone; // a match uses up both at the same token
            }
            f = filterEnd + 1;
            s = subjectEnd + 1;
        }
    }

    /**
     * The first problem found, in the order the messages name them: empty, whitespace anywhere, an
     * empty token, then a wildcard where it may not be.
     */
    private static Problem problemOf(String text, boolean wildcardsAllowed) {
        if (text == null || text.isEmpty()) {
            return Problem.EMPTY;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                return Problem.WHITESPACE;
            }
        }
        if (hasEmptyToken(text)) {
            return Problem.EMPTY_TOKEN;
        }
        int tokenStart = 0;
        while (tokenStart < text.length()) {
            int tokenEnd = tokenEnd(text, tokenStart);
            char first = text.charAt(tokenStart);
            if (tokenEnd - tokenStart == 1 && (first == '*' || first == '>')) {
                if (!wildcardsAllowed) {
                    return Problem.WILDCARD;
                }
                if (first == '>' && tokenEnd != text.length()) {
                    return Problem.FULL_WILDCARD_NOT_LAST;
                }
            }
            tokenStart = tokenEnd + 1;
        }
        return Problem.NONE;
    }

    private static String describe(Problem problem, String what, String text) {
        return switch (problem) {
            case EMPTY -> "A " + what + " must not be empty";
            case WHITESPACE -> "A " + what + " has no whitespace: '" + text + "'";
            case EMPTY_TOKEN -> "A " + what + " has no empty tokens: '" + text + "'";
            case WILDCARD -> "A subject to publish on has no wildcards: '" + text + "'";
            case FULL_WILDCARD_NOT_LAST -> "'>' may only be the last token: '" + text + "'";
            case NONE -> throw new IllegalStateException("nothing is wrong with '" + text + "'");
        };
    }

    /** Whether the tokens after the dot at {@code dot} (if there is one) include an empty one. */
    private static boolean hasEmptyTokenFrom(String subject, int dot) {
        return dot < subject.length() && (subject.endsWith(".") || subject.indexOf("..", dot) >= 0);
    }

    /** Where the token that starts at {@code from} ends: at the next dot, or at the end of the text. */
    private static int tokenEnd(String text, int from) {
        int dot = text.indexOf('.', from);
        return dot < 0 ? text.length() : dot;
    }
}
