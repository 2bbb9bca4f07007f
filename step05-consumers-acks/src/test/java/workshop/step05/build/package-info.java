/**
 * The tests of step 5's Build track, one class per exercise. They are the same for your code and
 * for the solution, and each test's name starts with its exercise's id: {@code ./workshop test 5.1}
 * or {@code ./workshop watch} runs them and says which exercise is red and why.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>5.1 Start where the deliver policy says: {@link StartPositionTest}</li>
 *   <li>5.2 Track acks under each ack policy: {@link AckLedgerTest}</li>
 *   <li>5.3 Time redeliveries: {@link RedeliveryTimerTest}</li>
 *   <li>5.4 Count deliveries against MaxDeliver: {@link DeliveryAttemptsTest}</li>
 *   <li>5.5 Pull, ack and redeliver: {@link PullConsumerTest}</li>
 *   <li>5.6 Remove what was consumed: {@link StreamRetentionTest}</li>
 * </ul>
 */
package workshop.step05.build;
