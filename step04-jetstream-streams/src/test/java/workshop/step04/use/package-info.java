/**
 * The tests of step 4's Use track, one class per exercise. They are the same for your code and for
 * the solution, and each test's name starts with its exercise's id: {@code ./workshop test 4.6} or
 * {@code ./workshop watch} runs them and says which exercise is red and why. Each class gets a
 * fresh nats-server from the test kit ({@code @NatsServerTest}).
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>4.6 Create, update and inspect streams: {@link StreamAdminTest}</li>
 *   <li>4.7 Publish with and without an ack: {@link PublishingTest}</li>
 *   <li>4.8 Hit the limits: {@link StreamLimitsTest}</li>
 *   <li>4.9 Keep the last value per subject: {@link LastValuesTest}</li>
 *   <li>4.10 Purge: {@link PurgingTest}</li>
 * </ul>
 *
 * <p>Beside them, {@link StreamRulesTest} checks the server rules the lesson quotes, on the server
 * the tests run against.
 */
package workshop.step04.use;
