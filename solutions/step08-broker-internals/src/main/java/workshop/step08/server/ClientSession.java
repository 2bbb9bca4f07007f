package workshop.step08.server;

import workshop.step08.given.Subjects;
import workshop.step08.protocol.ProtocolError;
import workshop.step08.protocol.ProtocolHandler;
import workshop.step08.protocol.ProtocolViolation;
import workshop.step08.protocol.PubArgs;
import workshop.step08.protocol.SubArgs;
import workshop.step08.protocol.UnsubArgs;
import workshop.step08.routing.Subscriber;
import workshop.step08.routing.Subscription;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client's conversation with the broker: what the parser reads from the client becomes
 * actions here. The session greets the client with INFO, takes its CONNECT options (and checks its
 * credentials), answers PING, keeps the client's subscriptions by sid, and hands published messages
 * to the {@link MessageRouter}. Its methods run on the client's reader thread; {@link #expired} and
 * {@link #send} also run on publishers' threads.
 */
public final class ClientSession implements ProtocolHandler, Subscriber {

    static final byte[] OK = "+OK\r\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PONG = "PONG\r\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PING = "PING\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final ClientConnection connection;
    private final NatsBroker broker;
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private volatile ConnectOptions options = ConnectOptions.NONE;
    private volatile boolean connected; // a CONNECT was accepted

    ClientSession(ClientConnection connection, NatsBroker broker) {
        this.connection = connection;
        this.broker = broker;
    }

    /** Sends the greeting: {@code INFO {…}\r\n}, before the client has said anything. */
    void start() {
        // EXERCISE 8.6 BEGIN: Queue the INFO line (ServerInfo has the JSON) and nothing else.
        String info = "INFO " + broker.serverInfo().toJson(connection.id(), connection.remoteHost()) + " \r\n";
        connection.queue(info.getBytes(StandardCharsets.UTF_8));
        // EXERCISE 8.6 END
    }

    @Override
    public void connect(String json) {
        // EXERCISE 8.6 BEGIN: Read the options; reject wrong credentials and no_responders without headers; answer +OK when verbose.
        ConnectOptions offered = ConnectOptions.parse(json);
        AuthSettings required = broker.options().auth();
        if (required.required() && !Authenticator.admits(required, offered)) {
            throw new ProtocolViolation(ProtocolError.AUTHORIZATION_VIOLATION, "CONNECT with wrong or missing credentials");
        }
        if (offered.noResponders() && !offered.headers()) {
            throw new ProtocolViolation(ProtocolError.NO_RESPONDERS_REQUIRES_HEADERS, "CONNECT asked for no_responders without headers");
        }
        options = offered;
        connected = true;
        acknowledge();
        // EXERCISE 8.6 END
    }

    @Override
    public void info(String json) {
        requireAuthorized();
        // Clients do not send INFO in practice; like nats-server, accept and ignore it.
    }

    @Override
    public void ping() {
        // EXERCISE 8.6 BEGIN: Answer PONG (only to an authorized client).
        requireAuthorized();
        connection.queue(PONG);
        // EXERCISE 8.6 END
    }

    @Override
    public void pong() {
        requireAuthorized();
        // The broker sends no PINGs of its own yet, so a PONG needs no action.
    }

    @Override
    public void subscribe(SubArgs args) {
        // EXERCISE 8.6 BEGIN: Reject an invalid filter with -ERR but keep the connection; ignore a sid already in use; index the new subscription.
        requireAuthorized();
        if (!Subjects.isValidFilter(args.subject()) || (args.queue() != null && args.queue().isEmpty())) {
            connection.sendError(ProtocolError.INVALID_SUBJECT);
            return;
        }
        Subscription subscription = new Subscription(this, args.subject(), args.queue(), args.sid());
        if (subscriptions.putIfAbsent(args.sid(), subscription) == null) {
            broker.index().insert(subscription);
        }
        acknowledge();
        // EXERCISE 8.6 END
    }

    @Override
    public void unsubscribe(UnsubArgs args) {
        // EXERCISE 8.6 BEGIN: Remove at once, or after max messages in total; an unknown sid is not an error.
        requireAuthorized();
        Subscription subscription = subscriptions.get(args.sid());
        if (subscription != null) {
            subscription.limitTo(args.maxDeliveries());
            if (args.maxDeliveries() == 0 || subscription.reachedMax()) {
                subscriptions.remove(args.sid(), subscription);
                broker.index().remove(subscription);
            }
        }
        acknowledge();
        // EXERCISE 8.6 END
    }

    @Override
    public void publish(PubArgs args, byte[] buffer, int offset) {
        connection.countInbound(args.totalSize());
        // EXERCISE 8.6 BEGIN: Tell a pedantic client that its subject has wildcards or empty tokens (-ERR, the connection stays); route every message, as nats-server does.
        requireAuthorized();
        if (options.pedantic() && !Subjects.isValidPublishSubject(args.subject())) {
            connection.sendError(ProtocolError.INVALID_PUBLISH_SUBJECT); // a warning: nats-server routes the message all the same
        }
        acknowledge(); // nats-server says +OK before it delivers
        broker.router().route(this, args.subject(), args.replyTo(), buffer, offset, args.headerSize(), args.totalSize());
        // EXERCISE 8.6 END
    }

    /** The connection closed: its subscriptions leave the index. */
    void closed() {
        // EXERCISE 8.6 BEGIN: Remove every subscription of this client from the index.
        for (Subscription subscription : subscriptions.values()) {
            broker.index().remove(subscription);
        }
        subscriptions.clear();
        // EXERCISE 8.6 END
    }

    private void requireAuthorized() {
        if (!connected && broker.options().auth().required()) {
            throw new ProtocolViolation(ProtocolError.AUTHORIZATION_VIOLATION, "an operation before an accepted CONNECT");
        }
    }

    private void acknowledge() {
        if (options.verbose()) {
            connection.queue(OK);
        }
    }

    // ---- Subscriber: called by the router, on publishers' threads ----

    @Override
    public long clientId() {
        return connection.id();
    }

    @Override
    public boolean send(byte[] head, byte[] payload, int offset, int length) {
        return connection.deliver(head, payload, offset, length);
    }

    @Override
    public void expired(Subscription subscription) {
        subscriptions.remove(subscription.sid(), subscription);
    }

    // ---- what the router and the monitoring endpoints read ----

    public ConnectOptions options() {
        return options;
    }

    /** This client's subscriptions, for monitoring and for finding the sid of a no-responders reply. */
    public Collection<Subscription> subscriptions() {
        return subscriptions.values();
    }
}
