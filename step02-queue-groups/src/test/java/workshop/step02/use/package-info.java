/**
 * The tests of step 2's Use track, one class per exercise. They are the same for your code and for
 * the solution, and each test's name starts with its exercise's id: {@code ./workshop test 2.4} or
 * {@code ./workshop watch} runs them and says which exercise is red and why. Each class gets a
 * fresh nats-server from the test kit ({@code @NatsServerTest}).
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>2.4 Start a worker in a queue group: {@link WorkerTest}</li>
 *   <li>2.5 Audit every job: {@link AuditLogTest}</li>
 *   <li>2.6 Drain one worker: {@link GracefulStopTest}</li>
 * </ul>
 */
package workshop.step02.use;
