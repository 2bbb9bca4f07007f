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
        // TODO Exercise 1.2: Walk both subjects token by token, honouring '*' and '>'.
        throw new UnsupportedOperationException("Exercise 1.2 is not solved yet: Match wildcards. Read step01-core-pubsub/README.md#12-match-wildcards");
    }
}
