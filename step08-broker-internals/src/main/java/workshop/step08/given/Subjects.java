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

    /** Whether a message may be published to this subject: a valid filter without wildcards. */
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
            boolean hasWildcard = false;
            for (int j = tokenStart; j < i; j++) {
                char c = subject.charAt(j);
                if (c == '*' || c == '>') {
                    hasWildcard = true;
                }
            }
            if (hasWildcard) {
                char first = subject.charAt(tokenStart);
                if (!wildcardsAllowed || tokenLength != 1) {
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

    /** Whether a literal subject matches a filter: the reference implementation the trie must agree with. */
    public static boolean matches(String filter, String subject) {
        String[] filterTokens = tokens(filter);
        String[] subjectTokens = tokens(subject);
        for (int i = 0; i < filterTokens.length; i++) {
            String token = filterTokens[i];
            if (token.equals(">")) {
                return subjectTokens.length > i;
            }
            if (i >= subjectTokens.length) {
                return false;
            }
            if (!token.equals("*") && !token.equals(subjectTokens[i])) {
                return false;
            }
        }
        return filterTokens.length == subjectTokens.length;
    }
}
