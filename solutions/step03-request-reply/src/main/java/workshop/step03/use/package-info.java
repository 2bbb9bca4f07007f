/**
 * Use track of step 3: request/reply and services with jnats. Answering requests, hearing that
 * nobody answered, gathering many answers, and a service written with jnats' service framework that
 * others can discover.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>3.5 Respond and request: {@link UppercaseService}</li>
 *   <li>3.6 Hear that nobody answered: {@link NoResponders}</li>
 *   <li>3.7 Scatter-gather: {@link ScatterGather}</li>
 *   <li>3.8 The minmax service: {@link MinMaxService}</li>
 *   <li>3.9 Discover services: {@link ServiceDiscovery}</li>
 * </ul>
 *
 * <p>Depends on jnats and the JDK; never on the Build track: each track stands alone.
 */
package workshop.step03.use;
