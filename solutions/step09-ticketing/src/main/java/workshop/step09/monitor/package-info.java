/**
 * An operator's view of what went wrong: {@link workshop.step09.monitor.DeadLetters} (a service that
 * keeps every service's dead letters) and {@link workshop.step09.monitor.DeadLetter}.
 *
 * <p>Exercises: 9.14 Write the dead-letter monitor, whole: the class {@code DeadLetterMonitor}, a new
 * file, from its README section and its test ({@code DeadLetterMonitorTest}).
 *
 * <p>Depends on jnats and {@code bus}.
 */
package workshop.step09.monitor;
