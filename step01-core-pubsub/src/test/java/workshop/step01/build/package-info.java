/**
 * The tests of step 1's Build track, one class per exercise. They are the same for your code and
 * for the solution, and each test's name starts with its exercise's id: {@code ./workshop test 1.1}
 * or {@code ./workshop watch} runs them and says which exercise is red and why.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>1.1 Validate subjects: {@link SubjectValidatorTest}</li>
 *   <li>1.2 Match wildcards: {@link WildcardMatcherTest}</li>
 *   <li>1.3 Route every message to every match: {@link BrokerFanOutTest}</li>
 *   <li>1.4 Unsubscribe, now or after N messages: {@link SubscriptionTest}</li>
 *   <li>1.5 Count what nobody heard: {@link DroppedMessagesTest}</li>
 * </ul>
 */
package workshop.step01.build;
