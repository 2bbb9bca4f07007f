package workshop.step08.server;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import workshop.given.Subjects;
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
        // EXERCISE 8.6 BEGIN: Queue the INFO line (ServerInfo has the JSON) and nothing else.
        String info = "INFO " + serverInfo.toJson(client.id(), client.remoteHost()) + " \r\n";
        client.sendLine(info.getBytes(StandardCharsets.UTF_8));
        // EXERCISE 8.6 END
    }

    @Override
    public void connect(String json) {
        // EXERCISE 8.6 BEGIN: Read the options; reject wrong credentials and no_responders without headers; answer +OK
        // when verbose.
        ConnectOptions offered = ConnectOptions.parse(json);
        if (auth.required() && !Authenticator.admits(auth, offered.credentials())) {
            throw new ProtocolViolation(
                    ProtocolError.AUTHORIZATION_VIOLATION, "CONNECT with wrong or missing credentials");
        }
        if (offered.noResponders() && !offered.headers()) {
            throw new ProtocolViolation(
                    ProtocolError.NO_RESPONDERS_REQUIRES_HEADERS, "CONNECT asked for no_responders without headers");
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
        client.sendLine(PONG);
        // EXERCISE 8.6 END
    }

    @Override
    public void pong() {
        requireAuthorized();
        // The broker sends no PINGs of its own yet, so a PONG needs no action.
    }

    @Override
    public void subscribe(SubArgs args) {
        // EXERCISE 8.6 BEGIN: Reject an invalid filter with -ERR but keep the connection; ignore a sid already in use;
        // index the new subscription.
        requireAuthorized();
        if (!Subjects.isValidFilter(args.filter())
                || args.queueGroup().filter(String::isEmpty).isPresent()) {
            warn(ProtocolError.INVALID_SUBJECT);
            return;
        }
        Subscription subscription = new Subscription(this, args.filter(), args.queueGroup(), args.sid());
        if (subscriptions.putIfAbsent(args.sid(), subscription) == null) {
            index.insert(subscription);
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
                index.remove(subscription);
            }
        }
        acknowledge();
        // EXERCISE 8.6 END
    }

    @Override
    public void publish(PubArgs args, byte[] buffer, int offset) {
        client.countPublished(args.totalSize());
        // EXERCISE 8.6 BEGIN: Tell a pedantic client that its subject has wildcards or empty tokens (-ERR, the
        // connection stays); route every message, as nats-server does.
        requireAuthorized();
        if (options.pedantic() && !Subjects.isValidPublishSubject(args.subject())) {
            warn(ProtocolError.INVALID_PUBLISH_SUBJECT); // a warning: nats-server routes the message all the same
        }
        acknowledge(); // nats-server says +OK before it delivers
        router.route(this, args, buffer, offset);
        // EXERCISE 8.6 END
    }

    /** The connection closed: its subscriptions leave the index. */
    void closed() {
        // EXERCISE 8.6 BEGIN: Remove every subscription of this client from the index.
        for (Subscription subscription : subscriptions.values()) {
            index.remove(subscription);
        }
        subscriptions.clear();
        // EXERCISE 8.6 END
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
