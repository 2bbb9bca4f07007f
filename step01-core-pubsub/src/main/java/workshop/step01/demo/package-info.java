/**
 * Runnable programs for step 1, not exercises: {@link Listener} prints what arrives on a subject,
 * {@link Publisher} sends one message. Each class says how to run it against your own nats-server.
 *
 * <p>Depends on jnats and the JDK.
 */
package workshop.step01.demo;
