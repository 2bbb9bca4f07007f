/**
 * What the step's Build tests share, never an exercise: {@code TestBroker} (the learner's broker on a
 * free port, whose failures name the exercise under test), {@code RawClient} (a socket that speaks
 * the protocol by hand), {@code NatsServerWire} (the same conversation with a real nats-server) and
 * {@code QuietErrorListener}.
 */
package workshop.step08.support;
