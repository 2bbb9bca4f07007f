/**
 * The tests of the broker's monitoring endpoints.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>8.9 Show the broker's insides over HTTP: {@link workshop.step08.monitoring.MonitoringEndpointsTest}</li>
 * </ul>
 */
package workshop.step08.monitoring;
