package workshop.step08.given;

/**
 * Subject rules from step 1, ready-made: tokens are separated by dots and never empty; a filter
 * may use {@code *} for exactly one token and {@code >} as its last token for one or more.
 * Subjects are handled as the bytes the client sent (ISO-8859-1 strings map each byte to one char).
 */
public final class Subjects {

    private Subjects() {
    }

    /** Whether a subscription may use this filter: non-empty tokens, no whitespace, wildcards whole, {@code >} last. */
    public static boolean isValidFilter(String filter) {
        return isValid(filter, true);
    }

    /**
     * Whether a subject is a proper one to publish to: a valid filter without wildcard tokens. nats-server
     * checks this only for a pedantic client (and routes the message anyway).
     */
    public static boolean isValidPublishSubject(String subject) {
        return isValid(subject, false);
    }

    private static boolean isValid(String subject, boolean wildcardsAllowed) {
        if (subject == null || subject.isEmpty()) {
            return false;
        }
        int tokenStart = 0;
        for (int i = 0; i <= subject.length(); i++) {
            if (i < subject.length() && subject.charAt(i) != '.') {
                char c = subject.charAt(i);
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                    return false;
                }
                continue;
            }
            int tokenLength = i - tokenStart;
            if (tokenLength == 0) {
                return false;
            }
            char first = subject.charAt(tokenStart);
            if (tokenLength == 1 && (first == '*' || first == '>')) { // "foo*" is a name, not a wildcard
                if (!wildcardsAllowed) {
                    return false;
                }
                if (first == '>' && i != subject.length()) {
                    return false;
                }
            }
            tokenStart = i + 1;
        }
        return true;
    }

    /** Whether a subject has an empty token: {@code a..b}, {@code .a}, {@code a.} or the empty subject. */
    public static boolean hasEmptyToken(String subject) {
        if (subject.isEmpty() || subject.charAt(0) == '.' || subject.charAt(subject.length() - 1) == '.') {
            return true;
        }
        return subject.contains("..");
    }

    /** Splits a subject into its tokens ({@code "a.b.c"} → {@code [a, b, c]}) without regular expressions. */
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
     * Whether a literal subject matches a filter: the reference implementation the trie must agree
     * with. Walks both strings token by token without splitting them, so a scan over many filters
     * allocates nothing.
     */
    public static boolean matches(String filter, String subject) {
        int f = 0;
        int s = 0;
        while (f < filter.length()) {
            if (s >= subject.length()) {
                return false; // the filter has tokens left, the subject has none
            }
            int filterEnd = tokenEnd(filter, f);
            int subjectEnd = tokenEnd(subject, s);
            int length = filterEnd - f;
            if (length == 1 && filter.charAt(f) == '>') {
                return true; // and at least one subject token is left
            }
            boolean anyOne = length == 1 && filter.charAt(f) == '*';
            if (!anyOne && (length != subjectEnd - s || !filter.regionMatches(f, subject, s, length))) {
                return false;
            }
            f = filterEnd + 1;
            s = subjectEnd + 1;
        }
        return s > subject.length(); // both used up
    }

    private static int tokenEnd(String text, int from) {
        int dot = text.indexOf('.', from);
        return dot < 0 ? text.length() : dot;
    }
}
