package workshop.testkit;

import java.nio.file.Path;

/**
 * Where the test kit gets its nats-server from. {@link ServerSourceChooser} picks one per test JVM,
 * in the order the records are listed here.
 */
public sealed interface ServerSource {

    /** One line for the console: which server the tests run against, and how it was found. */
    String describe();

    /** A server somebody else runs, named by the {@code NATS_URL} environment variable. Shared by every test class. */
    record ExternalServer(String url) implements ServerSource {
        @Override
        public String describe() {
            return "the external server at " + url + " (NATS_URL)";
        }
    }

    /** A {@code nats-server} executable on this machine; the test kit starts a fresh one per test class. */
    record LocalBinary(Path executable, String foundVia) implements ServerSource {
        @Override
        public String describe() {
            return executable + " (" + foundVia + ")";
        }
    }

    /**
     * A NATS container image run through Testcontainers, one container per test class. Its client
     * port is mapped to a random host port, or, with {@code hostNetwork}, the container shares the
     * host's network and nats-server listens on a free port of 127.0.0.1 (Linux engines only).
     */
    record DockerImage(String image, boolean hostNetwork) implements ServerSource {
        @Override
        public String describe() {
            return "Docker image " + image + " (Testcontainers, " + (hostNetwork ? "host network" : "ports mapped")
                    + ")";
        }
    }
}
