/**
 * Runnable programs for step 2, not exercises: start a few {@link OrdersWorker}s, then
 * {@link TicketPublisher}, and watch the group share the tickets. Each class says how to run it.
 *
 * <p>Depends on jnats and the JDK.
 */
package workshop.step02.demo;
