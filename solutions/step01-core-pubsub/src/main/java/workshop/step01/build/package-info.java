/**
 * Build track of step 1: an in-process broker in plain Java, built by hand to see what a NATS
 * server does. Subjects and their rules, wildcard matching, fan-out to every match, unsubscribing,
 * and a count of the messages nobody heard.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>1.1 Validate subjects: {@link SubjectValidator}</li>
 *   <li>1.2 Match wildcards: {@link WildcardMatcher}</li>
 *   <li>1.3 Route every message to every match: {@link Broker}</li>
 *   <li>1.4 Unsubscribe, now or after N messages: {@link Subscription}</li>
 *   <li>1.5 Count what nobody heard: {@link Broker}</li>
 * </ul>
 *
 * <p>Depends on the JDK alone: no jnats, no server. Later steps take these rules ready-made from
 * {@code workshop.given}.
 */
package workshop.step01.build;
