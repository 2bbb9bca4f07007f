/**
 * Use track of step 5: JetStream consumers with jnats. Pulling with next and fetch, consuming
 * continuously, the four ways to settle a message, back-off, durable consumers that resume and
 * compete, retention policies, and a dead-letter queue built from advisories.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>5.7 Pull with next and fetch: {@link DurableConsumers}</li>
 *   <li>5.8 Consume continuously: {@link ContinuousConsumer}</li>
 *   <li>5.9 Ack, nak, term, in progress: {@link Settling}</li>
 *   <li>5.10 Back off between redeliveries: {@link Backoff}</li>
 *   <li>5.11 Resume where you left off: {@link DurableWorker}</li>
 *   <li>5.12 Compete for work on one durable: {@link CompetingConsumers}</li>
 *   <li>5.13 Work-queue and interest retention: {@link RetentionPolicies}</li>
 *   <li>5.14 Build a dead-letter queue from advisories: {@link DeadLetterQueue}</li>
 * </ul>
 *
 * <p>Depends on jnats and the JDK; never on the Build track: each track stands alone.
 */
package workshop.step05.use;
