/**
 * The tests of step 7's Use track, one class per exercise. They are the same for your code and for
 * the solution, and each test's name starts with its exercise's id: {@code ./workshop test 7.3} or
 * {@code ./workshop watch} runs them and says which exercise is red and why. Each class gets a
 * fresh nats-server from the test kit ({@code @NatsServerTest}).
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>7.3 Publish with a message id: {@link DedupPublisherTest}</li>
 *   <li>7.4 Append only if nothing changed: {@link OptimisticAppendTest}</li>
 *   <li>7.5 Retry until acknowledged: {@link ReliablePublisherTest}</li>
 *   <li>7.6 Ship each order once, and ack for sure: {@link IdempotentOrderHandlerTest}</li>
 *   <li>7.7 A stream and consumer that survive faults: {@link OrderPipelineTest}</li>
 * </ul>
 *
 * <p>Beside them, {@link FaultKit}, {@link LeaderElection} and {@link PipelineRun} inject the
 * faults and run the pipeline the tests judge.
 */
package workshop.step07.use;
