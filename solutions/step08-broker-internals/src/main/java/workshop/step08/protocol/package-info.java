/**
 * The NATS client protocol as bytes: the {@link workshop.step08.protocol.ProtocolParser} reads what a
 * client sends, one state at a time, whatever way the bytes are split across reads, and hands each
 * complete operation to a {@link workshop.step08.protocol.ProtocolHandler}; {@link workshop.step08.protocol.ControlLine}
 * reads the arguments of one control line into {@code PubArgs}, {@code SubArgs} and {@code UnsubArgs};
 * {@link workshop.step08.protocol.ProtocolError} has nats-server's error texts. This is where a message's
 * path through the broker starts: {@code PUB} bytes in, one {@code publish} call out.
 *
 * <p>Exercises: 8.1 (ControlLine) and 8.2 (ProtocolParser).
 *
 * <p>Depends on nothing else in step 8: it knows nothing of sockets, sessions or subscriptions, so it
 * is tested with plain byte arrays.
 */
package workshop.step08.protocol;
