/**
 * The {@code ./workshop} command line: {@link Main} dispatches to one class per command
 * ({@code watch}, {@code status}, {@code test}, {@code hint}, {@code solution}, {@code reset},
 * {@code doctor}, {@code spy}, {@code summary}, {@code version}) and to the authors' checks
 * ({@code generate} with {@link Generator}, {@code check} with {@link DriftCheck},
 * {@code honesty} with {@link HonestyCheck}). Learners use it; they never need to read it.
 *
 * <p>Depends on the JDK alone: the launcher ({@code workshop-tools/launcher/Workshop.java})
 * compiles it without Maven, so that {@code ./workshop} starts before anything is downloaded.
 */
package workshop.tools;
