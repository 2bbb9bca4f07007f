/**
 * Build track of step 2: queue groups added to the in-process broker, so that each message goes to
 * one member of a group while plain subscribers still get all of them.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>2.1 Pick one member of a group: {@link QueueGroup}</li>
 *   <li>2.2 Keep every group by name: {@link QueueGroups}</li>
 *   <li>2.3 Add queue groups to the broker: {@link QueueBroker}</li>
 * </ul>
 *
 * <p>Depends on the JDK, this step's {@code given} package and {@code workshop.given}; never on
 * jnats, a server or the Use track.
 */
package workshop.step02.build;
