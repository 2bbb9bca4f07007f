/**
 * The tests of step 5's Use track, one class per exercise. They are the same for your code and for
 * the solution, and each test's name starts with its exercise's id: {@code ./workshop test 5.7} or
 * {@code ./workshop watch} runs them and says which exercise is red and why. Each class gets a
 * fresh nats-server from the test kit ({@code @NatsServerTest}).
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>5.7 Pull with next and fetch: {@link DurableConsumersTest}</li>
 *   <li>5.8 Consume continuously: {@link ContinuousConsumerTest}</li>
 *   <li>5.9 Ack, nak, term, in progress: {@link SettlingTest}</li>
 *   <li>5.10 Back off between redeliveries: {@link BackoffTest}</li>
 *   <li>5.11 Resume where you left off: {@link DurableWorkerTest}</li>
 *   <li>5.12 Compete for work on one durable: {@link CompetingConsumersTest}</li>
 *   <li>5.13 Work-queue and interest retention: {@link RetentionPoliciesTest}</li>
 *   <li>5.14 Build a dead-letter queue from advisories: {@link DeadLetterQueueTest}</li>
 * </ul>
 */
package workshop.step05.use;
