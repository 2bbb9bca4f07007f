/**
 * The broker on the wire, where the other packages meet. {@link workshop.step08.server.NatsBroker}
 * accepts clients and builds each one's parts, handing every part only what it uses:
 * <pre>
 *   socket → ClientConnection (reader thread) → ProtocolParser → ClientSession.publish
 *          → MessageRouter.route → SubjectIndex.match → Subscription.owner().send
 *          → ClientConnection.sendMessage → OutboundBuffer → writer thread → socket
 * </pre>
 * A {@link workshop.step08.server.ClientSession} is one client's conversation (INFO, CONNECT, PING,
 * SUB, UNSUB, PUB); it talks to its client through a {@code ClientChannel}, so it can be built without
 * a broker. {@link workshop.step08.server.ClientConnection} owns the socket and its two threads;
 * {@link workshop.step08.server.OutboundBuffer} bounds what a slow client can cost;
 * {@link workshop.step08.server.Authenticator} checks credentials; {@code BrokerStats} and
 * {@code TrafficCounter} count with methods, from many threads.
 *
 * <p>Exercises: 8.5 (OutboundBuffer), 8.6 (ClientSession), 8.7 (MessageRouter) and 8.8 (Authenticator).
 *
 * <p>Depends on {@code protocol}, {@code routing}, {@code mapping}, {@code monitoring} (it implements
 * {@code BrokerView} and starts the monitoring server) and {@code given}; none of them depends on it.
 */
package workshop.step08.server;
