/**
 * Build track of step 3: request/reply on the in-process broker. Inboxes, a requester that waits
 * for one answer, the broker's no-responders status, and one inbox subscription shared by many
 * requests.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>3.1 Make unique inboxes: {@link Inboxes}</li>
 *   <li>3.2 Answer no-responders: {@link NoRespondersBroker}</li>
 *   <li>3.3 Request with an inbox: {@link Requester}</li>
 *   <li>3.4 Share one inbox subscription: {@link MuxedRequester}</li>
 * </ul>
 *
 * <p>Depends on the JDK and this step's {@code given} package; never on jnats, a server or the Use
 * track.
 */
package workshop.step03.build;
