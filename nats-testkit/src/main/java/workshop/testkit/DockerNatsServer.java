package workshop.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A nats-server in a container, started through Testcontainers with JetStream on. Used when there
 * is no NATS_URL and no local binary, or when NATS_SERVER_SOURCE=docker asks for it.
 * <p>
 * The command is only nats-server's arguments: the image's entrypoint must be nats-server, as in
 * the official {@code nats} image and in the image {@code .ci/docker-nats} builds from a binary.
 * JetStream stores in {@code /tmp/nats} inside the container, so an image built {@code FROM scratch}
 * works too. Ports mapped (the default): Docker maps the client port to a random host port.
 * Host network: the container shares the host's network, and nats-server listens on a free port of
 * 127.0.0.1 that the kit picks, so all traffic stays on loopback.
 * <p>
 * {@link #close()} stops and removes the container. One a test run leaves behind (Ctrl-C, a crash)
 * Testcontainers removes: its Ryuk helper container does, or, where Ryuk cannot run
 * ({@code TESTCONTAINERS_RYUK_DISABLED=true}), its JVM shutdown hook; only a JVM killed outright
 * (kill -9) with Ryuk off leaves its containers running.
 * <p>
 * The mapped port changes if the container restarts, so {@link #restart()} is not offered.
 */
final class DockerNatsServer implements NatsServer {

    private static final int CLIENT_PORT = 4222;
    private static final String STORE_DIRECTORY = "/tmp/nats";
    private final ServerSource.DockerImage source;
    private final GenericContainer<?> container;
    private final int hostPort; // the port on 127.0.0.1 with host networking; 0 when Docker maps it

    DockerNatsServer(ServerSource.DockerImage source, String name) {
        this.source = source;
        List<String> command = new ArrayList<>(List.of("-js", "--store_dir", STORE_DIRECTORY, "--server_name", name));
        var starting = new GenericContainer<>(DockerImageName.parse(source.image()))
                .waitingFor(Wait.forLogMessage(".*Server is ready.*", 1).withStartupTimeout(Duration.ofSeconds(60)));
        if (source.hostNetwork()) {
            hostPort = ServerSettings.freePort();
            command.addAll(List.of("--addr", "127.0.0.1", "--port", Integer.toString(hostPort)));
            starting.withNetworkMode("host");
        } else {
            hostPort = 0;
            starting.withExposedPorts(CLIENT_PORT);
        }
        this.container = starting.withCommand(command.toArray(String[]::new));
        try {
            container.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Could not start a nats-server container from the image " + source.image()
                            + ": " + e.getMessage() + System.lineSeparator()
                            + "The image must be on this machine or pullable (docker pull " + source.image()
                            + "), and its entrypoint must be nats-server. NATS_DOCKER_IMAGE names another image;"
                            + " .ci/docker-nats builds one from a nats-server binary. See README.md#troubleshooting.",
                    e);
        }
    }

    @Override
    public String url() {
        if (source.hostNetwork()) {
            return "nats://127.0.0.1:" + hostPort;
        }
        return "nats://" + container.getHost() + ":" + container.getMappedPort(CLIENT_PORT);
    }

    @Override
    public ServerSource source() {
        return source;
    }

    @Override
    public void restart() {
        throw new UnsupportedOperationException("Restarting needs a local nats-server binary; this test runs on "
                + source.describe() + ". Install nats-server (see README.md#prerequisites).");
    }

    @Override
    public void close() {
        container.stop();
    }
}
