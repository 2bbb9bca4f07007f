/**
 * The tests of step 3's Use track, one class per exercise. They are the same for your code and for
 * the solution, and each test's name starts with its exercise's id: {@code ./workshop test 3.5} or
 * {@code ./workshop watch} runs them and says which exercise is red and why. Each class gets a
 * fresh nats-server from the test kit ({@code @NatsServerTest}).
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>3.5 Respond and request: {@link UppercaseServiceTest}</li>
 *   <li>3.6 Hear that nobody answered: {@link NoRespondersTest}</li>
 *   <li>3.7 Scatter-gather: {@link ScatterGatherTest}</li>
 *   <li>3.8 The minmax service: {@link MinMaxServiceTest}</li>
 *   <li>3.9 Discover services: {@link ServiceDiscoveryTest}</li>
 * </ul>
 */
package workshop.step03.use;
