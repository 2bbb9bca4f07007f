/**
 * What turns a service into a program that runs for weeks: {@link workshop.step09.runtime.ServiceConnection}
 * (a named connection that reconnects without end and tells the service what happens),
 * {@link workshop.step09.runtime.HealthEndpoint} (its {@code /health}, from its connection and its
 * consumers' lag) and {@link workshop.step09.runtime.ServiceRunner} (connect, start, answer health
 * checks, and on SIGTERM stop the listeners, drain the connection, close).
 *
 * <p>Exercises:
 * <ul>
 *   <li>9.12 Connect as a service: {@link workshop.step09.runtime.ServiceConnection}</li>
 *   <li>9.13 Report a service's health: {@link workshop.step09.runtime.HealthEndpoint}</li>
 * </ul>
 *
 * <p>Depends on jnats, the JDK's HTTP server, Jackson and {@code bus}; no service depends on it.
 */
package workshop.step09.runtime;
