/**
 * The tests of step 6's Build track, one class per exercise. They are the same for your code and
 * for the solution, and each test's name starts with its exercise's id: {@code ./workshop test 6.1}
 * or {@code ./workshop watch} runs them and says which exercise is red and why.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>6.1 Put and get on a stream: {@link KeyValuePutGetTest}</li>
 *   <li>6.2 Create and update with an expected revision: {@link KeyValueConditionalTest}</li>
 *   <li>6.3 Delete, purge, history and keys: {@link KeyValueDeleteTest}</li>
 *   <li>6.4 Watch a bucket: {@link KeyValueWatchTest}</li>
 *   <li>6.5 Chunk an object and digest it: {@link ObjectChunkerTest}</li>
 * </ul>
 */
package workshop.step06.build;
