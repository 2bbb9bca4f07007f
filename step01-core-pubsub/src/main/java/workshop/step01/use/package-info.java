/**
 * Use track of step 1: core NATS with jnats against a real nats-server. Connecting, subscribing
 * with a dispatcher or synchronously, headers, draining before you leave, and not hearing your own
 * messages.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>1.6 Connect with a name and listeners: {@link Connecting}</li>
 *   <li>1.7 Subscribe with a dispatcher: {@link AsyncSubscriber}</li>
 *   <li>1.8 Pull messages with a synchronous subscription: {@link SyncSubscriber}</li>
 *   <li>1.9 Carry headers: {@link MessageHeaders}</li>
 *   <li>1.10 Drain before you leave: {@link GracefulShutdown}</li>
 *   <li>1.11 Don't hear yourself: no-echo: {@link NoEcho}</li>
 * </ul>
 *
 * <p>Depends on jnats and the JDK; never on the Build track: each track stands alone.
 */
package workshop.step01.use;
