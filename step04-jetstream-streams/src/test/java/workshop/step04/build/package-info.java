/**
 * The tests of step 4's Build track, one class per exercise. They are the same for your code and
 * for the solution, and each test's name starts with its exercise's id: {@code ./workshop test 4.1}
 * or {@code ./workshop watch} runs them and says which exercise is red and why.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>4.1 Number and time-stamp messages: {@link MessageLogTest}</li>
 *   <li>4.2 Accept or reject a message: {@link AdmissionTest}</li>
 *   <li>4.3 Enforce limits by dropping old messages: {@link RetentionTest}</li>
 *   <li>4.4 Find the latest per subject: {@link LastPerSubjectTest}</li>
 *   <li>4.5 Put the stream together: {@link MemoryStreamTest}</li>
 * </ul>
 */
package workshop.step04.build;
