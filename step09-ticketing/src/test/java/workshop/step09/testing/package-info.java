/**
 * What the services' tests share, never an exercise: {@code BusProbe}, the bus as a test sees it.
 */
package workshop.step09.testing;
