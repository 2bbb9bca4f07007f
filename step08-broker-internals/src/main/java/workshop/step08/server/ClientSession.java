package workshop.step08.server;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import workshop.step08.protocol.ProtocolError;
import workshop.step08.protocol.ProtocolHandler;
import workshop.step08.protocol.ProtocolViolation;
import workshop.step08.protocol.PubArgs;
import workshop.step08.protocol.SubArgs;
import workshop.step08.protocol.UnsubArgs;
import workshop.step08.routing.SubjectIndex;
import workshop.step08.routing.Subscriber;
import workshop.step08.routing.Subscription;

/**
 * One client's conversation with the broker: what the parser reads from the client becomes
 * actions here. The session greets the client with INFO, takes its CONNECT options (and checks its
 * credentials), answers PING, keeps the client's subscriptions by sid in the {@link SubjectIndex},
 * and hands published messages to the {@link MessageRouter}. It gets exactly what it uses (its
 * {@link ClientChannel}, the server's INFO, the credentials required, the index, the router), so it
 * can be built without a broker. Its methods run on the client's reader thread; {@link #expired}
 * and {@link #send} also run on publishers' threads.
 */
public final class ClientSession implements ProtocolHandler, Subscriber {

    private static final byte[] OK = "+OK\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PONG = "PONG\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final ClientChannel client;
    private final ServerInfo serverInfo;
    private final AuthSettings auth;
    private final SubjectIndex index;
    private final MessageRouter router;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private volatile ConnectOptions options = ConnectOptions.defaults();
    private volatile boolean connected; // a CONNECT was accepted

    ClientSession(
            ClientChannel client, ServerInfo serverInfo, AuthSettings auth, SubjectIndex index, MessageRouter router) {
        this.client = client;
        this.serverInfo = serverInfo;
        this.auth = auth;
        this.index = index;
        this.router = router;
    }

    /** Sends the greeting: {@code INFO {…}\r\n}, before the client has said anything. */
    void start() {
        // TODO Exercise 8.6: Queue the INFO line (ServerInfo has the JSON) and nothing else.
        throw new UnsupportedOperationException("Exercise 8.6 is not solved yet: Hold a conversation with a client. Read step08-broker-internals/README.md#86-hold-a-conversation-with-a-client");
    }

    @Override
    public void connect(String json) {
        // TODO Exercise 8.6: Read the options; reject wrong credentials and no_responders without headers; answer +OK
        // when verbose.
        throw new UnsupportedOperationException("Exercise 8.6 is not solved yet: Hold a conversation with a client. Read step08-broker-internals/README.md#86-hold-a-conversation-with-a-client");
    }

    @Override
    public void info(String json) {
        requireAuthorized();
        // Clients do not send INFO in practice; like nats-server, accept and ignore it.
    }

    @Override
    public void ping() {
        // TODO Exercise 8.6: Answer PONG (only to an authorized client).
        throw new UnsupportedOperationException("Exercise 8.6 is not solved yet: Hold a conversation with a client. Read step08-broker-internals/README.md#86-hold-a-conversation-with-a-client");
    }

    @Override
    public void pong() {
        requireAuthorized();
        // The broker sends no PINGs of its own yet, so a PONG needs no action.
    }

    @Override
    public void subscribe(SubArgs args) {
        // TODO Exercise 8.6: Reject an invalid filter with -ERR but keep the connection; ignore a sid already in use;
        // index the new subscription.
        throw new UnsupportedOperationException("Exercise 8.6 is not solved yet: Hold a conversation with a client. Read step08-broker-internals/README.md#86-hold-a-conversation-with-a-client");
    }

    @Override
    public void unsubscribe(UnsubArgs args) {
        // TODO Exercise 8.6: Remove at once, or after max messages in total; an unknown sid is not an error.
        throw new UnsupportedOperationException("Exercise 8.6 is not solved yet: Hold a conversation with a client. Read step08-broker-internals/README.md#86-hold-a-conversation-with-a-client");
    }

    @Override
    public void publish(PubArgs args, byte[] buffer, int offset) {
        client.countPublished(args.totalSize());
        // TODO Exercise 8.6: Tell a pedantic client that its subject has wildcards or empty tokens (-ERR, the
        // connection stays); route every message, as nats-server does.
        throw new UnsupportedOperationException("Exercise 8.6 is not solved yet: Hold a conversation with a client. Read step08-broker-internals/README.md#86-hold-a-conversation-with-a-client");
    }

    /** The connection closed: its subscriptions leave the index. */
    void closed() {
        // TODO Exercise 8.6: Remove every subscription of this client from the index.
        throw new UnsupportedOperationException("Exercise 8.6 is not solved yet: Hold a conversation with a client. Read step08-broker-internals/README.md#86-hold-a-conversation-with-a-client");
    }

    private void requireAuthorized() {
        if (!connected && auth.required()) {
            throw new ProtocolViolation(
                    ProtocolError.AUTHORIZATION_VIOLATION, "an operation before an accepted CONNECT");
        }
    }

    /** Sends {@code -ERR '…'} for an error that leaves the connection open. */
    private void warn(ProtocolError error) {
        error.line().ifPresent(client::sendLine);
    }

    private void acknowledge() {
        if (options.verbose()) {
            client.sendLine(OK);
        }
    }

    // ---- Subscriber: called by the router, on publishers' threads ----

    @Override
    public long clientId() {
        return client.id();
    }

    @Override
    public boolean send(byte[] head, byte[] payload, int offset, int length) {
        return client.sendMessage(head, payload, offset, length);
    }

    @Override
    public void expired(Subscription subscription) {
        subscriptions.remove(subscription.sid(), subscription);
    }

    // ---- what the router and the monitoring view read ----

    public ConnectOptions options() {
        return options;
    }

    /** This client's subscriptions, for monitoring and for finding the sid of a no-responders reply. */
    public Collection<Subscription> subscriptions() {
        return subscriptions.values();
    }
}
