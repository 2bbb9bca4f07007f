/**
 * The tests of the dead-letter monitor.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>9.14 Write the dead-letter monitor, whole: {@link workshop.step09.monitor.DeadLetterMonitorTest}, which
 *       reaches the class the learner writes by its name ({@code WrittenClass})</li>
 * </ul>
 */
package workshop.step09.monitor;
