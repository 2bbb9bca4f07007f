/**
 * The end-to-end tests of the whole app.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.15 Start the whole app: {@link workshop.step09.app.TicketingAppTest}, the story and the faults, checked by
 *       {@code AppChecker} against what the stream holds</li>
 * </ul>
 */
package workshop.step09.app;
