/**
 * The tests of step 2's Build track, one class per exercise. They are the same for your code and
 * for the solution, and each test's name starts with its exercise's id: {@code ./workshop test 2.1}
 * or {@code ./workshop watch} runs them and says which exercise is red and why.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>2.1 Pick one member of a group: {@link QueueGroupTest}</li>
 *   <li>2.2 Keep every group by name: {@link QueueGroupsTest}</li>
 *   <li>2.3 Add queue groups to the broker: {@link QueueBrokerTest}</li>
 * </ul>
 */
package workshop.step02.build;
