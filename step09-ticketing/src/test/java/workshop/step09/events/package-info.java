/**
 * The tests of the events' JSON, plain Java, no server.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.1 Write events as JSON: {@link workshop.step09.events.EventCodecTest}</li>
 * </ul>
 */
package workshop.step09.events;
