/**
 * Runnable programs for step 3, not exercises: {@link MinMaxServer} runs your minmax service
 * (exercise 3.8), {@link MinMaxClient} asks it. Each class says how to run it.
 *
 * <p>Depends on jnats, the JDK and this step's {@code use} package.
 */
package workshop.step03.demo;
