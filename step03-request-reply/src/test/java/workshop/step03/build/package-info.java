/**
 * The tests of step 3's Build track, one class per exercise. They are the same for your code and
 * for the solution, and each test's name starts with its exercise's id: {@code ./workshop test 3.1}
 * or {@code ./workshop watch} runs them and says which exercise is red and why.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>3.1 Make unique inboxes: {@link InboxesTest}</li>
 *   <li>3.2 Answer no-responders: {@link NoRespondersBrokerTest}</li>
 *   <li>3.3 Request with an inbox: {@link RequesterTest}</li>
 *   <li>3.4 Share one inbox subscription: {@link MuxedRequesterTest}</li>
 * </ul>
 */
package workshop.step03.build;
