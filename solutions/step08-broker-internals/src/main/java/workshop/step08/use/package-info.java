/** The Use track: jnats against a real nats-server started from a configuration the test writes. */
package workshop.step08.use;
