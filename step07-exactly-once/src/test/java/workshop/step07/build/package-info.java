/**
 * The tests of step 7's Build track, one class per exercise. They are the same for your code and
 * for the solution, and each test's name starts with its exercise's id: {@code ./workshop test 7.1}
 * or {@code ./workshop watch} runs them and says which exercise is red and why.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>7.1 Remember message ids for a window: {@link DuplicateWindowTest}</li>
 *   <li>7.2 Apply versioned events in order: {@link VersionedTicketHandlerTest}</li>
 * </ul>
 */
package workshop.step07.build;
