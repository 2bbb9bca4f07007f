package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The doctor on made-up machines: each missing prerequisite gets its fix. */
class DoctorCommandTest {

    private static final Path ROOT = Path.of("/ws");

    /** A machine where everything is fine until a test changes it. */
    static final class FakeHost implements DoctorHost {
        final Map<String, String> variables =
                new HashMap<>(Map.of("PATH", "/usr/bin" + java.io.File.pathSeparator + "/opt/nats"));
        final Set<Path> executables = new HashSet<>(Set.of(Path.of("/opt/nats/nats-server"), ROOT.resolve("mvnw")));
        final Set<Path> files = new HashSet<>(Set.of(
                ROOT.resolve("mvnw"), ROOT.resolve("mvnw.cmd"), ROOT.resolve(".mvn/wrapper/maven-wrapper.properties")));
        final Map<String, String> commands = new HashMap<>(Map.of(
                "sh /ws/mvnw -v", "Apache Maven 3.9.11 (x)\nJava version: 21.0.5, vendor: Eclipse Adoptium",
                "/opt/nats/nats-server --version", "nats-server: v2.10.22"));
        int javaFeature = 21;
        boolean compiler = true;
        boolean portFree = true;
        String greeting;

        @Override
        public Optional<String> variable(String name) {
            return Optional.ofNullable(variables.get(name));
        }

        @Override
        public boolean isExecutable(Path file) {
            return executables.contains(file);
        }

        @Override
        public boolean exists(Path file) {
            return files.contains(file) || executables.contains(file);
        }

        @Override
        public boolean windows() {
            return false;
        }

        @Override
        public int javaVersion() {
            return javaFeature;
        }

        @Override
        public String javaDescription() {
            return "Java " + javaFeature;
        }

        @Override
        public boolean hasCompiler() {
            return compiler;
        }

        @Override
        public Optional<String> run(List<String> command, Duration timeout) {
            return Optional.ofNullable(commands.get(String.join(" ", command)));
        }

        @Override
        public boolean portFree(int port) {
            return portFree;
        }

        @Override
        public Optional<String> greeting(String host, int port) {
            return Optional.ofNullable(greeting);
        }
    }

    private final FakeHost host = new FakeHost();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private String doctor(int expectedExit) {
        assertThat(new DoctorCommand(ROOT, host, new PrintStream(bytes, true)).run())
                .isEqualTo(expectedExit);
        return bytes.toString();
    }

    @Test
    @DisplayName("a ready machine gets ok on every line and exit code 0")
    void allSet() {
        assertThat(doctor(0))
                .contains("ok   Java")
                .contains("Apache Maven 3.9.11 through ./mvnw, on Java 21.0.5")
                .contains("/opt/nats/nats-server (found on the PATH), nats-server: v2.10.22")
                .contains("free for the demos")
                .contains("All set");
    }

    @Test
    @DisplayName("without nats-server or Docker, the doctor gives the test kit's install instructions")
    void noNatsServer() {
        host.executables.remove(Path.of("/opt/nats/nats-server"));
        assertThat(doctor(1))
                .contains(
                        "FIX  NATS server  NATS_URL is not set, no nats-server executable was found, and Docker is not running.")
                .contains("sudo apt-get install -y nats-server")
                .contains("brew install nats-server")
                .contains("scoop install nats-server")
                .contains("docker run -p 4222:4222 nats -js")
                .contains("1 problem to fix");
    }

    @Test
    @DisplayName(
            "it looks where the test kit looks, in the same order: NATS_SERVER_PATH wins over the PATH, a wrong one is a problem")
    void order() {
        host.variables.put("NATS_SERVER_PATH", "/nowhere/nats-server");
        assertThat(doctor(1))
                .contains("NATS_SERVER_PATH is set to '/nowhere/nats-server', but no executable is there.")
                .contains("unset NATS_SERVER_PATH");
    }

    @Test
    @DisplayName("a package manager's folder off the PATH is found, and Docker is the last resort")
    void wellKnownAndDocker() {
        host.executables.remove(Path.of("/opt/nats/nats-server"));
        host.executables.add(Path.of("/usr/sbin/nats-server"));
        host.commands.put("/usr/sbin/nats-server --version", "nats-server: v2.9.10");
        assertThat(doctor(0)).contains("/usr/sbin/nats-server (found in a package manager's directory)");

        host.executables.remove(Path.of("/usr/sbin/nats-server"));
        host.commands.put("docker info --format {{.ServerVersion}}", "27.1.1\n");
        bytes.reset();
        assertThat(doctor(0))
                .contains("Docker 27.1.1 is running: the tests will run the image nats:2.15.")
                .contains("docker pull nats:2.15")
                .contains("testcontainers/ryuk");
    }

    @Test
    @DisplayName(
            "NATS_SERVER_SOURCE=docker asks for Docker although a binary is there, with the image and network the test kit will use")
    void dockerOnRequest() {
        host.variables.put("NATS_SERVER_SOURCE", "docker");
        assertThat(doctor(1))
                .contains("NATS_SERVER_SOURCE=docker, but Docker is not running")
                .contains("unset NATS_SERVER_SOURCE");

        host.commands.put("docker info --format {{.ServerVersion}}", "20.10.24\n");
        host.variables.put("NATS_DOCKER_IMAGE", "nats-workshop/nats-server:2.15.1");
        host.variables.put("NATS_DOCKER_NETWORK", "host");
        host.variables.put("TESTCONTAINERS_RYUK_DISABLED", "true");
        host.commands.put("docker images -q nats-workshop/nats-server:2.15.1", "6455585ed464\n");
        bytes.reset();
        assertThat(doctor(0))
                .contains(
                        "NATS_SERVER_SOURCE=docker, and Docker 20.10.24 is running: the tests will run the image "
                                + "nats-workshop/nats-server:2.15.1 on the host network. Everything it needs is on this machine.");

        host.variables.put("NATS_DOCKER_NETWORK", "overlay");
        bytes.reset();
        assertThat(doctor(1))
                .contains("NATS_DOCKER_NETWORK is set to 'overlay'")
                .contains("unset NATS_DOCKER_NETWORK");

        host.variables.put("NATS_SERVER_SOURCE", "podman");
        bytes.reset();
        assertThat(doctor(1))
                .contains("NATS_SERVER_SOURCE is set to 'podman'; it may be 'docker'")
                .contains("unset NATS_SERVER_SOURCE");
    }

    @Test
    @DisplayName("NATS_URL comes first and must answer like a NATS server")
    void natsUrl() {
        host.variables.put("NATS_URL", "nats://localhost:4999");
        assertThat(doctor(1))
                .contains("NATS_URL is set to 'nats://localhost:4999', but no NATS server answers there.")
                .contains("unset NATS_URL");
        host.greeting = "INFO {\"server_id\":\"X\",\"version\":\"2.10.7\",\"jetstream\":true}";
        bytes.reset();
        assertThat(doctor(0)).contains("NATS_URL=nats://localhost:4999 answers (nats-server 2.10.7), JetStream on");
    }

    @Test
    @DisplayName(
            "a NATS_URL server without JetStream is a problem: its INFO has \"jetstream\":true only when JetStream is on")
    void natsUrlWithoutJetStream() {
        host.variables.put("NATS_URL", "nats://localhost:4999");
        host.greeting = "INFO {\"server_id\":\"X\",\"version\":\"2.9.10\",\"headers\":true,\"max_payload\":1048576}";
        assertThat(doctor(1))
                .contains("answers (nats-server 2.9.10), but JetStream is off there: steps 4 to 7 need it.")
                .contains("nats-server -js -p 4999");
    }

    @Test
    @DisplayName("the version found, from --version, INFO or the image's tag, says which exercises need a newer server")
    void exercisesNeedingNewerServer(@org.junit.jupiter.api.io.TempDir Path root) {
        TestRepository.create(root);
        TestRepository.write(
                root.resolve("step01-demo/exercises.json"),
                TestRepository.EXERCISES.replace(
                        "\"needs\": [\"1.1\"]", "\"needs\": [\"1.1\"], \"needsServer\": \"2.11\""));
        List<Step> steps = List.of(Step.load(root, "step01-demo"));

        NatsSourceCheck local = new NatsSourceCheck(host);
        local.check();
        assertThat(local.found()).map(Object::toString).contains("2.10.22");
        var older = DoctorCommand.newerServerNeeded(local.found(), steps);
        assertThat(older.ok()).as("skipped, not failed: nothing to fix").isTrue();
        assertThat(older.detail()).isEqualTo("1 of 2 need a newer server than 2.10.22: 1.2 (2.11+).");
        assertThat(older.fix()).contains("skipped on this server, not failed").contains("NATS_SERVER_PATH");
        assertThat(doctor(0))
                .as("a repository without steps says nothing about exercises")
                .doesNotContain("Exercises");

        assertThat(DoctorCommand.newerServerNeeded(ServerRelease.find("2.11.0"), steps)
                        .detail())
                .isEqualTo("all 2 run on nats-server 2.11.0");

        host.executables.remove(Path.of("/opt/nats/nats-server"));
        host.commands.put("docker info --format {{.ServerVersion}}", "27.1.1\n");
        host.variables.put("NATS_DOCKER_IMAGE", "nats:2.10.29-alpine");
        NatsSourceCheck docker = new NatsSourceCheck(host);
        docker.check();
        assertThat(docker.found()).as("the image's tag").map(Object::toString).contains("2.10.29");
        assertThat(DoctorCommand.newerServerNeeded(Optional.empty(), steps))
                .as("no server found: nothing to compare")
                .isNull();

        assertThat(ServerRelease.ofImage("nats:2.10-alpine"))
                .map(Object::toString)
                .contains("2.10");
        assertThat(ServerRelease.ofImage("nats:latest")).isEmpty();
        assertThat(ServerRelease.ofImage("localhost:5000/nats")).isEmpty();
        assertThat(ServerRelease.find("nats-server: v2.10.23")
                        .orElseThrow()
                        .atLeast(ServerRelease.find("2.10.23").orElseThrow()))
                .isTrue();
        assertThat(ServerRelease.find("2.10.22")
                        .orElseThrow()
                        .atLeast(ServerRelease.find("2.11").orElseThrow()))
                .isFalse();
    }

    @Test
    @DisplayName(
            "the nats CLI is optional: found, the doctor says where and what it is for; missing, how to get it, never a problem")
    void natsCli() {
        assertThat(doctor(0))
                .contains("note nats CLI     not installed; optional")
                .contains("go install github.com/nats-io/natscli/nats@latest");
        host.executables.add(Path.of("/usr/bin/nats"));
        host.commands.put("/usr/bin/nats --version", "v0.2.4\n");
        bytes.reset();
        assertThat(doctor(0))
                .contains("ok   nats CLI     /usr/bin/nats v0.2.4 (optional): to watch subjects (nats sub '>')");
    }

    @Test
    @DisplayName("an old Java, a JRE, a Maven on an old JDK and an unexecutable mvnw each get their fix")
    void javaAndMaven() {
        host.javaFeature = 17;
        assertThat(doctor(1))
                .contains("FIX  Java         Java 17: the workshop needs 21 or newer.")
                .contains("sdk install java 21-tem");
        host.javaFeature = 21;
        host.compiler = false;
        bytes.reset();
        assertThat(doctor(1)).contains("a runtime without a compiler (a JRE)");
        host.compiler = true;
        host.commands.put("sh /ws/mvnw -v", "Apache Maven 3.9.11 (x)\nJava version: 17.0.2, vendor: X");
        bytes.reset();
        assertThat(doctor(1)).contains("Maven 3.9.11 runs on Java 17.0.2").contains("Set JAVA_HOME to a JDK 21+");
        host.executables.remove(ROOT.resolve("mvnw"));
        bytes.reset();
        assertThat(doctor(1)).contains("chmod +x mvnw");
    }

    @Test
    @DisplayName(
            "port 4222 taken by a NATS server is fine for the demos; taken by something else is a problem with a way out")
    void port() {
        host.portFree = false;
        host.greeting = "INFO {\"version\":\"2.9.10\"}";
        assertThat(doctor(0)).contains("a NATS server 2.9.10 listens there already");
        host.greeting = "HTTP/1.1 400 Bad Request";
        bytes.reset();
        assertThat(doctor(1))
                .contains("another program listens on port 4222")
                .contains("lsof -i :4222")
                .contains("NATS_URL=nats://localhost:4333");
    }

    @Test
    @DisplayName("versions older than 2.9.10 are too old")
    void versions() {
        assertThat(NatsSourceCheck.tooOld("nats-server: v2.9.10")).isFalse();
        assertThat(NatsSourceCheck.tooOld("nats-server: v2.10.0")).isFalse();
        assertThat(NatsSourceCheck.tooOld("nats-server: v2.9.9")).isTrue();
        assertThat(NatsSourceCheck.tooOld("nats-server: v2.2.0")).isTrue();
    }
}
