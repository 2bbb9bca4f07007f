package workshop.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses where the tests' nats-server comes from: {@code NATS_URL}, then a local binary
 * ({@code NATS_SERVER_PATH}, the PATH, then the places package managers put it), then Docker.
 * When nothing works it throws {@link NoNatsServerFound}, whose message lists the fixes.
 */
public final class ServerSourceChooser {

    /** The image Docker runs; 2.10 is the oldest line the workshop's lessons are checked against besides 2.9.10. */
    public static final String DOCKER_IMAGE = "nats:2.10-alpine";

    /** Where package managers install nats-server but a learner's PATH may not reach (Debian puts it in /usr/sbin). */
    private static final List<Path> WELL_KNOWN_LOCATIONS = List.of(
            Path.of("/usr/sbin/nats-server"),
            Path.of("/usr/local/bin/nats-server"),
            Path.of("/opt/homebrew/bin/nats-server"));

    private ServerSourceChooser() {
    }

    public static ServerSource choose(HostEnvironment host) {
        var url = host.variable("NATS_URL");
        if (url.isPresent()) {
            return new ServerSource.ExternalServer(url.get());
        }
        var explicitPath = host.variable("NATS_SERVER_PATH");
        if (explicitPath.isPresent()) {
            Path binary = Path.of(explicitPath.get());
            if (!host.isExecutable(binary)) {
                throw new NoNatsServerFound("NATS_SERVER_PATH is set to '" + binary + "', but no executable is there.");
            }
            return new ServerSource.LocalBinary(binary, "NATS_SERVER_PATH");
        }
        for (String directory : host.pathDirectories()) {
            for (String name : executableNames()) {
                Path candidate = Path.of(directory, name);
                if (host.isExecutable(candidate)) {
                    return new ServerSource.LocalBinary(candidate, "found on the PATH");
                }
            }
        }
        for (Path candidate : WELL_KNOWN_LOCATIONS) {
            if (host.isExecutable(candidate)) {
                return new ServerSource.LocalBinary(candidate, "found in a package manager's directory");
            }
        }
        if (host.dockerAvailable()) {
            return new ServerSource.DockerImage(DOCKER_IMAGE);
        }
        throw new NoNatsServerFound("NATS_URL is not set, no nats-server executable was found, and Docker is not running.");
    }

    private static List<String> executableNames() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? List.of("nats-server.exe") : List.of("nats-server");
    }
}
