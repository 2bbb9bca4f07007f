/**
 * Benchmarks, not tests: run by hand with the {@code bench} profile (see the lesson's "Try it"). They
 * compare the learner's broker and subject index with nats-server and never fail a build.
 */
package workshop.step08.bench;
