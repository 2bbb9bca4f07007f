/**
 * Build track of step 7: the two ideas behind exactly-once, in plain Java. A window that remembers
 * message ids so that a duplicate is recognised, and a handler that applies versioned events in
 * order and once.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>7.1 Remember message ids for a window: {@link DuplicateWindow}</li>
 *   <li>7.2 Apply versioned events in order: {@link VersionedTicketHandler}</li>
 * </ul>
 *
 * <p>Depends on the JDK alone: no jnats, no server, nothing of the Use track.
 */
package workshop.step07.build;
