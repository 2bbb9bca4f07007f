/**
 * The tests of the broker on the wire: sessions, delivery, slow clients and credentials, with a
 * session on its own or the whole broker on a free port ({@code support.TestBroker}) that jnats and
 * raw sockets talk to.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>8.5 Bound what a slow client can cost: {@link workshop.step08.server.OutboundBufferTest}</li>
 *   <li>8.6 Hold a conversation with a client: {@link workshop.step08.server.ClientSessionTest}, and
 *       {@link workshop.step08.server.WireErrorsTest} (the error texts nats-server gives)</li>
 *   <li>8.7 Deliver MSG and HMSG: {@link workshop.step08.server.MessageRouterTest}, and
 *       {@link workshop.step08.server.LikeNatsServerTest} (the same conversation with both servers)</li>
 *   <li>8.8 Check credentials: {@link workshop.step08.server.AuthenticatorTest}</li>
 * </ul>
 */
package workshop.step08.server;
