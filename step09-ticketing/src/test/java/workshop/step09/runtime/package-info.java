/**
 * The tests of a service's connection and health endpoint.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.12 Connect as a service: {@link workshop.step09.runtime.ServiceConnectionTest}, against a server of
 *       its own (monitoring, a restart, a denied subject), so it needs a local nats-server binary</li>
 *   <li>9.13 Report a service's health: {@link workshop.step09.runtime.HealthEndpointTest}</li>
 * </ul>
 */
package workshop.step09.runtime;
