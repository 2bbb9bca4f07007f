package workshop.testkit;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * A nats-server in a container, started through Testcontainers with JetStream on. Used only when
 * there is no NATS_URL and no local binary. Docker maps the client port to a random host port,
 * which changes if the container restarts, so {@link #restart()} is not offered.
 */
final class DockerNatsServer implements NatsServer {

    private static final int CLIENT_PORT = 4222;
    private final ServerSource.DockerImage source;
    private final GenericContainer<?> container;

    DockerNatsServer(ServerSource.DockerImage source) {
        this.source = source;
        this.container = new GenericContainer<>(DockerImageName.parse(source.image()))
                .withCommand("-js")
                .withExposedPorts(CLIENT_PORT)
                .waitingFor(Wait.forLogMessage(".*Server is ready.*", 1));
        container.start();
    }

    @Override
    public String url() {
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
