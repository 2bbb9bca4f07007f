/**
 * Use track of step 4: JetStream streams with jnats. Creating and changing streams, publishing with
 * and without an acknowledgement, limits, the last value per subject, and purging.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>4.6 Create, update and inspect streams: {@link StreamAdmin}</li>
 *   <li>4.7 Publish with and without an ack: {@link Publishing}</li>
 *   <li>4.8 Hit the limits: {@link StreamLimits}</li>
 *   <li>4.9 Keep the last value per subject: {@link LastValues}</li>
 *   <li>4.10 Purge: {@link Purging}</li>
 * </ul>
 *
 * <p>Depends on jnats and the JDK; never on the Build track: each track stands alone.
 */
package workshop.step04.use;
