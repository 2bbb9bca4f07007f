package workshop.testkit;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.opentest4j.TestAbortedException;

/**
 * A cluster of local nats-server processes on loopback, every node with JetStream and its own
 * store, routed to every other node. Start one in a test, use it, close it:
 *
 * <pre>{@code
 * try (NatsCluster cluster = NatsCluster.start("orders", 3);
 *      Connection connection = cluster.connect()) {
 *     ... a stream with replicas(3), then cluster.node(leaderName).stop() ...
 * }
 * }</pre>
 *
 * A cluster needs a local nats-server binary (the test kit starts the processes itself). On a
 * machine that offers only {@code NATS_URL} or Docker, {@link #start} aborts the test: JUnit
 * reports it as skipped, with the reason.
 */
public final class NatsCluster implements AutoCloseable {

    private static final Duration JETSTREAM_READY_TIMEOUT = Duration.ofSeconds(20);
    private static final int START_ATTEMPTS = 3;
    private static final int ROUTE_PORTS_FROM = 20_000;
    private static final int ROUTE_PORTS_TO = 32_000;

    private final String name;
    private final List<LocalNatsServer> nodes;

    private NatsCluster(String name, List<LocalNatsServer> nodes) {
        this.name = name;
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Starts {@code size} nodes named {@code <name>-1} … {@code <name>-<size>} and returns once
     * JetStream answers on every node and a stream can be placed on all of them.
     */
    public static NatsCluster start(String name, int size) {
        if (!(NatsServers.source() instanceof ServerSource.LocalBinary binary)) {
            throw new TestAbortedException("A cluster needs a local nats-server binary; this machine offers "
                    + NatsServers.source().describe() + ". Install nats-server (see README.md#prerequisites).");
        }
        RuntimeException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(binary, name, size);
            } catch (RuntimeException portTakenOrSlow) { // another process may have grabbed a port we chose
                lastFailure = portTakenOrSlow;
                System.out.println("[nats-testkit] cluster " + name + " did not start (attempt " + attempt + " of "
                        + START_ATTEMPTS + "): " + firstLine(portTakenOrSlow.getMessage()));
            }
        }
        throw lastFailure;
    }

    private static NatsCluster startOnce(ServerSource.LocalBinary binary, String name, int size) {
        List<Integer> routePorts = routePorts(size);
        String routes =
                routePorts.stream().map(port -> "nats://127.0.0.1:" + port).collect(Collectors.joining(","));
        List<LocalNatsServer> started = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                ServerSettings settings = ServerSettings.fresh(name + "-" + (i + 1))
                        .withArguments(List.of(
                                "--cluster_name", name,
                                "--cluster", "nats://127.0.0.1:" + routePorts.get(i),
                                "--routes", routes)); // a node ignores the route to itself
                started.add(LocalNatsServer.start(binary, settings));
            }
            NatsCluster cluster = new NatsCluster(name, started);
            cluster.awaitJetStream();
            return cluster;
        } catch (RuntimeException e) {
            started.forEach(LocalNatsServer::close);
            throw e;
        }
    }

    /**
     * Free ports for the nodes' routes, chosen below the ranges operating systems use for outgoing
     * connections (Linux 32768+, macOS and Windows 49152+). Inside those ranges, a node that keeps
     * dialling a route port nobody listens on yet can end up connected to itself on that very port
     * (a TCP self-connect), and the node meant to listen there fails with "address already in use".
     */
    private static List<Integer> routePorts(int size) {
        List<Integer> ports = new ArrayList<>();
        var random = new java.util.Random();
        while (ports.size() < size) {
            int candidate = ROUTE_PORTS_FROM + random.nextInt(ROUTE_PORTS_TO - ROUTE_PORTS_FROM);
            if (!ports.contains(candidate) && isFree(candidate)) {
                ports.add(candidate);
            }
        }
        return ports;
    }

    private static boolean isFree(int port) {
        try (var socket = new java.net.ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    /** The cluster's name ({@code --cluster_name}). */
    public String name() {
        return name;
    }

    /** Every node, running or stopped, in start order. */
    public List<LocalNatsServer> nodes() {
        return nodes;
    }

    /** The node with this server name, e.g. the leader a stream's {@code ClusterInfo} names. */
    public LocalNatsServer node(String serverName) {
        return nodes.stream()
                .filter(node -> node.settings().name().equals(serverName))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No node named " + serverName + " in cluster " + name));
    }

    /**
     * Kills the node with this server name with SIGKILL, as a crash would (see
     * {@link LocalNatsServer#kill()}), and returns it; {@code start()} on it brings it back with its store.
     */
    public LocalNatsServer kill(String serverName) {
        LocalNatsServer node = node(serverName);
        node.kill();
        return node;
    }

    /** Every node's client URL, for {@link Options.Builder#servers(String[])}. */
    public String[] urls() {
        return nodes.stream().map(LocalNatsServer::url).toArray(String[]::new);
    }

    /** A new connection that knows every node, with the test kit's defaults (reconnects that never give up). */
    public Connection connect() throws IOException, InterruptedException {
        return connect(new Options.Builder());
    }

    /** A new connection that knows every node, with the given options (the servers are set for you). */
    public Connection connect(Options.Builder options) throws IOException, InterruptedException {
        return Nats.connect(options.servers(urls())
                .connectionTimeout(Duration.ofSeconds(5))
                .reconnectWait(Duration.ofMillis(50))
                .maxReconnects(-1)
                .build());
    }

    /** Stops every node and deletes their stores. */
    @Override
    public void close() {
        nodes.forEach(LocalNatsServer::close);
    }

    private void awaitJetStream() {
        long deadline = System.nanoTime() + JETSTREAM_READY_TIMEOUT.toNanos();
        for (LocalNatsServer node : nodes) {
            awaitJetStream(node, deadline);
        }
        awaitPlacement(deadline);
    }

    /**
     * Every node answering is not enough: until the meta leader has heard from every peer, a stream
     * with one replica per node fails with "no suitable peers for placement" (10005). So create and
     * delete such a stream until that works.
     */
    private void awaitPlacement(long deadline) {
        String probe = "TESTKIT_CLUSTER_READY";
        try (Connection connection = connect()) {
            var management = connection.jetStreamManagement(io.nats.client.JetStreamOptions.builder()
                    .requestTimeout(Duration.ofSeconds(2))
                    .build());
            while (true) {
                try {
                    management.addStream(io.nats.client.api.StreamConfiguration.builder()
                            .name(probe)
                            .subjects("testkit.cluster.ready")
                            .storageType(io.nats.client.api.StorageType.Memory)
                            .replicas(nodes.size())
                            .build());
                    management.deleteStream(probe);
                    return;
                } catch (IOException | JetStreamApiException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The cluster could not place a stream on all " + nodes.size()
                                + " nodes within " + JETSTREAM_READY_TIMEOUT + ": " + notYet.getMessage());
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(
                            Duration.ofMillis(50).toNanos()); // poll, do not hammer
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not connect to cluster " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the cluster", e);
        }
    }

    /** Asks one node for the account's JetStream statistics until it answers: then the meta leader is known. */
    private static void awaitJetStream(LocalNatsServer node, long deadline) {
        Options options = new Options.Builder()
                .server(node.url())
                .connectionTimeout(Duration.ofSeconds(2))
                .build();
        try (Connection connection = Nats.connect(options)) {
            var management = connection.jetStreamManagement(io.nats.client.JetStreamOptions.builder()
                    .requestTimeout(Duration.ofMillis(500))
                    .build());
            while (true) {
                try {
                    management.getAccountStatistics();
                    return;
                } catch (IOException | JetStreamApiException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("JetStream on " + node.url() + " did not become ready within "
                                + JETSTREAM_READY_TIMEOUT + ": " + notYet.getMessage());
                    }
                    java.util.concurrent.locks.LockSupport.parkNanos(
                            Duration.ofMillis(50).toNanos()); // poll, do not hammer
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not connect to cluster node " + node.url(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the cluster", e);
        }
    }
}
