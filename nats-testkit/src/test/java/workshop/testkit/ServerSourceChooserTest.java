package workshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.tools.ServerSourceOrder;

/**
 * How the test kit picks its server, on made-up machines. (The Docker source itself runs end to end
 * in CI: {@code .ci/docker-steps} runs steps 1 and 4 against containers.)
 */
class ServerSourceChooserTest {

    private static final String BIN = Path.of("/opt/bin").toString();

    /** A machine with the given variables, executables and Docker state. */
    private record FakeHost(Map<String, String> variables, Set<Path> executables, boolean docker)
            implements HostEnvironment {
        @Override
        public Optional<String> variable(String name) {
            return Optional.ofNullable(variables.get(name));
        }

        @Override
        public boolean isExecutable(Path file) {
            return executables.contains(file);
        }

        @Override
        public boolean dockerAvailable() {
            return docker;
        }
    }

    private static final Path ON_PATH = Path.of(BIN, "nats-server");

    @Test
    @DisplayName("NATS_URL wins over everything else")
    void natsUrlFirst() {
        var host = new FakeHost(Map.of("NATS_URL", "nats://demo:4222", "PATH", BIN), Set.of(ON_PATH), true);
        assertThat(ServerSourceChooser.choose(host)).isEqualTo(new ServerSource.ExternalServer("nats://demo:4222"));
    }

    @Test
    @DisplayName("NATS_SERVER_PATH names the binary to run")
    void explicitBinary() {
        Path binary = Path.of("/somewhere/nats-server");
        var host =
                new FakeHost(Map.of("NATS_SERVER_PATH", binary.toString(), "PATH", BIN), Set.of(binary, ON_PATH), true);
        assertThat(ServerSourceChooser.choose(host))
                .isEqualTo(new ServerSource.LocalBinary(binary, "NATS_SERVER_PATH"));
    }

    @Test
    @DisplayName("a NATS_SERVER_PATH that points at nothing is an error, not a silent fallback")
    void explicitBinaryMissing() {
        var host = new FakeHost(Map.of("NATS_SERVER_PATH", "/nope/nats-server"), Set.of(), true);
        assertThatThrownBy(() -> ServerSourceChooser.choose(host))
                .isInstanceOf(NoNatsServerFound.class)
                .hasMessageContaining("NATS_SERVER_PATH is set to '/nope/nats-server'");
    }

    @Test
    @DisplayName("the PATH is searched before Docker is asked")
    void pathBeforeDocker() {
        var host = new FakeHost(Map.of("PATH", "/empty" + java.io.File.pathSeparator + BIN), Set.of(ON_PATH), true);
        assertThat(ServerSourceChooser.choose(host))
                .isEqualTo(new ServerSource.LocalBinary(ON_PATH, "found on the PATH"));
    }

    @Test
    @DisplayName("Docker is the last resort")
    void dockerLast() {
        var host = new FakeHost(Map.of("PATH", "/empty"), Set.of(), true);
        assertThat(ServerSourceChooser.choose(host))
                .isEqualTo(new ServerSource.DockerImage(ServerSourceOrder.DEFAULT_DOCKER_IMAGE, false));
    }

    @Test
    @DisplayName("Docker runs the maintained nats:2.15 line, its client port mapped, unless told otherwise")
    void dockerDefaults() {
        var host = new FakeHost(Map.of("PATH", "/empty"), Set.of(), true);
        assertThat(ServerSourceChooser.choose(host)).isEqualTo(new ServerSource.DockerImage("nats:2.15", false));
    }

    @Test
    @DisplayName("NATS_SERVER_SOURCE=docker chooses Docker even when NATS_URL is set and a binary is on the PATH")
    void dockerOnRequest() {
        var host = new FakeHost(
                Map.of("NATS_SERVER_SOURCE", "docker", "NATS_URL", "nats://demo:4222", "PATH", BIN),
                Set.of(ON_PATH),
                true);
        assertThat(ServerSourceChooser.choose(host))
                .isEqualTo(new ServerSource.DockerImage(ServerSourceOrder.DEFAULT_DOCKER_IMAGE, false));
    }

    @Test
    @DisplayName("NATS_SERVER_SOURCE=docker without a Docker engine is an error, not a silent fallback to the binary")
    void dockerOnRequestWithoutEngine() {
        var host = new FakeHost(Map.of("NATS_SERVER_SOURCE", "docker", "PATH", BIN), Set.of(ON_PATH), false);
        assertThatThrownBy(() -> ServerSourceChooser.choose(host))
                .isInstanceOf(NoNatsServerFound.class)
                .hasMessageContaining("NATS_SERVER_SOURCE=docker, but");
    }

    @Test
    @DisplayName("an unknown NATS_SERVER_SOURCE is an error that names the values it may have")
    void unknownSource() {
        var host = new FakeHost(Map.of("NATS_SERVER_SOURCE", "podman", "PATH", BIN), Set.of(ON_PATH), true);
        assertThatThrownBy(() -> ServerSourceChooser.choose(host))
                .isInstanceOf(NoNatsServerFound.class)
                .hasMessageContaining("NATS_SERVER_SOURCE is set to 'podman'")
                .hasMessageContaining("'docker'");
    }

    @Test
    @DisplayName("NATS_DOCKER_IMAGE names the image, NATS_DOCKER_NETWORK=host shares the host's network")
    void dockerImageAndNetwork() {
        var host = new FakeHost(
                Map.of(
                        "NATS_SERVER_SOURCE",
                        "Docker",
                        "NATS_DOCKER_IMAGE",
                        "nats-workshop/nats-server:2.15.1",
                        "NATS_DOCKER_NETWORK",
                        "host"),
                Set.of(),
                true);
        assertThat(ServerSourceChooser.choose(host))
                .isEqualTo(new ServerSource.DockerImage("nats-workshop/nats-server:2.15.1", true));
    }

    @Test
    @DisplayName("the Docker variables apply when Docker is the last resort, too")
    void dockerVariablesWithoutRequest() {
        var host = new FakeHost(Map.of("PATH", "/empty", "NATS_DOCKER_IMAGE", "nats:2.10-alpine"), Set.of(), true);
        assertThat(ServerSourceChooser.choose(host)).isEqualTo(new ServerSource.DockerImage("nats:2.10-alpine", false));
    }

    @Test
    @DisplayName("an unknown NATS_DOCKER_NETWORK is an error that names the values it may have")
    void unknownNetwork() {
        var host =
                new FakeHost(Map.of("NATS_SERVER_SOURCE", "docker", "NATS_DOCKER_NETWORK", "overlay"), Set.of(), true);
        assertThatThrownBy(() -> ServerSourceChooser.choose(host))
                .isInstanceOf(NoNatsServerFound.class)
                .hasMessageContaining("NATS_DOCKER_NETWORK is set to 'overlay'")
                .hasMessageContaining("'host'");
    }

    @Test
    @DisplayName("with no way to get a server, the error lists all three ways and how to install one")
    void nothingFound() {
        var host = new FakeHost(Map.of("PATH", "/empty"), Set.of(), false);
        assertThatThrownBy(() -> ServerSourceChooser.choose(host))
                .isInstanceOf(NoNatsServerFound.class)
                .hasMessageContaining("NATS_URL")
                .hasMessageContaining("NATS_SERVER_PATH")
                .hasMessageContaining("Docker")
                .hasMessageContaining("apt-get install -y nats-server")
                .hasMessageContaining("brew install nats-server")
                .hasMessageContaining("scoop install nats-server")
                .hasMessageContaining("go install");
    }
}
