/**
 * The wire spy's own tests: frames parsed from chunks of any size, described as one line, and relayed
 * by the spy between jnats and a real nats-server ({@link NatsServerProcess}).
 */
package workshop.tools.wire;
