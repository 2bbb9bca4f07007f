/**
 * Use track of step 7: exactly-once with jnats. Publishing with a message id, appending only if
 * nothing changed, retrying until acknowledged, handling each order once, and a pipeline that
 * survives restarts and lost leaders.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>7.3 Publish with a message id: {@link DedupPublisher}</li>
 *   <li>7.4 Append only if nothing changed: {@link OptimisticAppend}</li>
 *   <li>7.5 Retry until acknowledged: {@link ReliablePublisher}</li>
 *   <li>7.6 Ship each order once, and ack for sure: {@link IdempotentOrderHandler}</li>
 *   <li>7.7 A stream and consumer that survive faults: {@link OrderPipeline}</li>
 * </ul>
 *
 * <p>Depends on jnats, the JDK and this step's {@code given} package; never on the Build track:
 * each track stands alone.
 */
package workshop.step07.use;
