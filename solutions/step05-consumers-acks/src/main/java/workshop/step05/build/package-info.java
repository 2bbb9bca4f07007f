/**
 * Build track of step 5: a pull consumer on the given in-memory stream. Where it starts, how acks
 * are tracked under each ack policy, when a message is delivered again and how often, and what a
 * retention policy removes once it is consumed.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>5.1 Start where the deliver policy says: {@link StartPosition}</li>
 *   <li>5.2 Track acks under each ack policy: {@link AckLedger}</li>
 *   <li>5.3 Time redeliveries: {@link RedeliveryTimer}</li>
 *   <li>5.4 Count deliveries against MaxDeliver: {@link DeliveryAttempts}</li>
 *   <li>5.5 Pull, ack and redeliver: {@link PullConsumer}</li>
 *   <li>5.6 Remove what was consumed: {@link StreamRetention}</li>
 * </ul>
 *
 * <p>Depends on the JDK and this step's {@code given} package; never on jnats, a server or the Use
 * track.
 */
package workshop.step05.build;
