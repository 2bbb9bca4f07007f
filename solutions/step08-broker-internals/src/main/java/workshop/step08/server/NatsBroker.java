package workshop.step08.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import workshop.step08.mapping.SubjectMappings;
import workshop.step08.monitoring.BrokerView;
import workshop.step08.monitoring.MonitoringServer;
import workshop.step08.routing.CachingIndex;
import workshop.step08.routing.SubjectIndex;
import workshop.step08.routing.Sublist;

/**
 * The broker on the wire: accepts TCP connections and serves each with a {@link ClientConnection}
 * and a {@link ClientSession}. It builds the parts once and hands each the few it uses: one subject
 * index (a {@link Sublist} behind a {@link CachingIndex}) and one {@link MessageRouter} for every
 * session, the limits and the counters for every connection. Optionally serves monitoring over
 * HTTP, which sees the broker only as a read-only {@link BrokerView}.
 *
 * <pre>
 *   try (NatsBroker broker = NatsBroker.start(BrokerOptions.defaults().withPort(0))) {
 *       Connection nc = Nats.connect(broker.url());
 *   }
 * </pre>
 */
public final class NatsBroker implements BrokerView, AutoCloseable {

    private final BrokerOptions options;
    private final ServerSocket listener;
    private final String serverId =
            UUID.randomUUID().toString().replace("-", "").toUpperCase();
    private final Instant started = Instant.now();
    private final CachingIndex index = new CachingIndex(new Sublist());
    private final MessageRouter router;
    private final BrokerStats stats = new BrokerStats();
    private final FailureLog failures = new FailureLog();
    private final ServerInfo serverInfo;
    private final ConcurrentHashMap<Long, ClientConnection> connections = new ConcurrentHashMap<>();
    private final AtomicLong nextClientId = new AtomicLong(1);
    private final Optional<MonitoringServer> monitoring;
    private volatile boolean closing;

    private NatsBroker(BrokerOptions options) throws IOException {
        this.options = options;
        this.router = new MessageRouter(index, new SubjectMappings(options.mappings()));
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getByName(options.host()), options.port()), 1024);
        this.serverInfo = new ServerInfo(
                serverId,
                options.serverName(),
                ServerInfo.VERSION,
                options.host(),
                listener.getLocalPort(),
                options.maxPayload(),
                options.auth().required());
        this.monitoring = options.monitoringPort().stream()
                .mapToObj(port -> MonitoringServer.start(this, options.host(), port))
                .findFirst();
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
                serve(socket);
            } catch (IOException | RuntimeException e) {
                failures.record("acceptor", e);
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // it is gone either way
                }
            }
        }
    }

    /** A new client: its connection, its session, and the two threads that serve them. */
    private void serve(Socket socket) {
        long id = nextClientId.getAndIncrement();
        ClientConnection connection = new ClientConnection(
                id,
                socket,
                options.clientLimits(),
                stats,
                failures,
                () -> connections.remove(id),
                channel -> new ClientSession(channel, serverInfo, options.auth(), index, router));
        connections.put(id, connection);
        stats.countConnection();
        connection.start();
    }

    /** The URL clients connect to, e.g. {@code nats://127.0.0.1:4222}. */
    public String url() {
        return "nats://" + options.host() + ":" + port();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The monitoring port, if monitoring is on. */
    public OptionalInt monitoringPort() {
        return monitoring.map(server -> OptionalInt.of(server.port())).orElse(OptionalInt.empty());
    }

    public BrokerOptions options() {
        return options;
    }

    public String serverId() {
        return serverId;
    }

    /** The subject index every session subscribes in. */
    public SubjectIndex index() {
        return index;
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
        return failures.all();
    }

    // ---- BrokerView: what monitoring reads ----

    @Override
    public Server server() {
        return new Server(
                serverId,
                options.serverName(),
                serverInfo.version(),
                options.host(),
                port(),
                options.maxPayload(),
                started);
    }

    @Override
    public Totals totals() {
        return stats.snapshot();
    }

    @Override
    public List<Client> clients() {
        return connections.values().stream().map(ClientConnection::describe).toList();
    }

    @Override
    public IndexStats indexStats() {
        return new IndexStats(
                index.count(),
                index.cachedSubjects(),
                index.inserts(),
                index.removes(),
                index.hits() + index.misses(),
                index.hitRate());
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
            monitoring.ifPresent(MonitoringServer::close);
        }
    }
}
