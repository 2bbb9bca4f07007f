package workshop.step01.build;

/**
 * Decides whether a subscription's subject (which may hold wildcards) matches a published subject.
 * Both are assumed valid ({@link SubjectValidator}).
 * <ul>
 *   <li>a literal token matches the same token only (case matters);</li>
 *   <li>{@code *} matches exactly one token, whatever it is;</li>
 *   <li>{@code >} matches one or more tokens: {@code orders.>} matches {@code orders.eu} and
 *       {@code orders.eu.created}, but not {@code orders}.</li>
 * </ul>
 */
public final class WildcardMatcher {

    private WildcardMatcher() {}

    public static boolean matches(String filter, String subject) {
        // EXERCISE 1.2 BEGIN: Walk both subjects token by token, honouring '*' and '>'.
        String[] filterTokens = filter.split("\\.", -1);
        String[] subjectTokens = subject.split("\\.", -1);
        for (int i = 0; i < filterTokens.length; i++) {
            String token = filterTokens[i];
            if (token.equals(">")) {
                return subjectTokens.length > i; // at least one token left for '>' to stand for
            }
            if (i >= subjectTokens.length) {
                return false; // the subject ran out of tokens first
            }
            if (!token.equals("*") && !token.equals(subjectTokens[i])) {
                return false;
            }
        }
        return filterTokens.length == subjectTokens.length;
        // EXERCISE 1.2 END
    }
}
