package workshop.step08.server;

import workshop.step08.mapping.SubjectMappings;
import workshop.step08.monitoring.MonitoringServer;
import workshop.step08.routing.CachingIndex;
import workshop.step08.routing.Sublist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The broker on the wire: accepts TCP connections and serves each with a {@link ClientConnection},
 * all sharing one subject index (a {@link Sublist} behind a {@link CachingIndex}) and one
 * {@link MessageRouter}. Optionally serves monitoring over HTTP.
 *
 * <pre>
 *   try (NatsBroker broker = NatsBroker.start(BrokerOptions.defaults().withPort(0))) {
 *       Connection nc = Nats.connect(broker.url());
 *   }
 * </pre>
 */
public final class NatsBroker implements AutoCloseable {

    /** Failures kept for {@link #failures()}: enough to diagnose, bounded so a bug cannot eat memory. */
    private static final int MAX_FAILURES_KEPT = 100;

    private final BrokerOptions options;
    private final ServerSocket listener;
    private final String serverId = UUID.randomUUID().toString().replace("-", "").toUpperCase();
    private final Instant started = Instant.now();
    private final CachingIndex index = new CachingIndex(new Sublist());
    private final MessageRouter router;
    private final BrokerStats stats = new BrokerStats();
    private final ServerInfo serverInfo;
    private final ConcurrentHashMap<Long, ClientConnection> connections = new ConcurrentHashMap<>();
    private final AtomicLong nextClientId = new AtomicLong(1);
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final MonitoringServer monitoring;
    private volatile boolean closing;

    private NatsBroker(BrokerOptions options) throws IOException {
        this.options = options;
        this.router = new MessageRouter(index, new SubjectMappings(options.mappings()));
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 1024);
        this.serverInfo = new ServerInfo(serverId, options.serverName(), ServerInfo.VERSION, options.host(),
                listener.getLocalPort(), options.maxPayload(), options.auth().required());
        this.monitoring = options.monitoringPort() >= 0 ? MonitoringServer.start(this, options.host(), options.monitoringPort()) : null;
    }

    /** Binds the ports and starts accepting clients; returns at once. */
    public static NatsBroker start(BrokerOptions options) throws IOException {
        NatsBroker broker = new NatsBroker(options);
        Thread.ofVirtual().name("nats-acceptor").start(broker::acceptLoop);
        return broker;
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (closing) {
                    return;
                }
                continue; // e.g. too many open files for a moment: keep serving the others
            }
            try {
                socket.setTcpNoDelay(true);
                ClientConnection connection = new ClientConnection(nextClientId.getAndIncrement(), socket, this);
                connections.put(connection.id(), connection);
                stats.totalConnections.increment();
                Thread.ofVirtual().name("nats-reader-" + connection.id()).start(connection);
            } catch (IOException | RuntimeException e) {
                recordFailure(null, e);
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // it is gone either way
                }
            }
        }
    }

    void unregister(ClientConnection connection) {
        connections.remove(connection.id());
    }

    void recordFailure(ClientConnection connection, Throwable failure) {
        if (failures.size() < MAX_FAILURES_KEPT) {
            failures.add(failure);
        }
        System.err.println("[broker] client " + (connection == null ? "?" : connection.id()) + ": " + failure);
    }

    /** The URL clients connect to, e.g. {@code nats://127.0.0.1:4222}. */
    public String url() {
        return "nats://" + options.host() + ":" + port();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The monitoring port, or -1 when monitoring is off. */
    public int monitoringPort() {
        return monitoring == null ? -1 : monitoring.port();
    }

    public BrokerOptions options() {
        return options;
    }

    public String serverId() {
        return serverId;
    }

    public Instant started() {
        return started;
    }

    public ServerInfo serverInfo() {
        return serverInfo;
    }

    public CachingIndex index() {
        return index;
    }

    public MessageRouter router() {
        return router;
    }

    public BrokerStats stats() {
        return stats;
    }

    /** The clients connected now. */
    public Collection<ClientConnection> connections() {
        return List.copyOf(connections.values());
    }

    /**
     * Exceptions that escaped a connection's code (not the client's fault): an unsolved exercise
     * shows up here, and so does a bug. Tests print them when something does not work.
     */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        closing = true;
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            connections.values().forEach(connection -> connection.close(false));
            if (monitoring != null) {
                monitoring.close();
            }
        }
    }
}
