package workshop.testkit;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Chooses where the tests' nats-server comes from: {@code NATS_URL}, then a local binary
 * ({@code NATS_SERVER_PATH}, the PATH, then the places package managers put it), then Docker.
 * {@code NATS_SERVER_SOURCE=docker} chooses Docker before all of them. The Docker source reads
 * {@code NATS_DOCKER_IMAGE} (default {@link #DOCKER_IMAGE}) and {@code NATS_DOCKER_NETWORK}
 * ({@code host}: the container shares the host's network; unset: ports mapped).
 * When nothing works it throws {@link NoNatsServerFound}, whose message lists the fixes.
 */
public final class ServerSourceChooser {

    /** The image Docker runs unless NATS_DOCKER_IMAGE names another: the newest line the workshop's lessons are checked against. */
    public static final String DOCKER_IMAGE = "nats:2.15";

    /** Where package managers install nats-server but a learner's PATH may not reach (Debian puts it in /usr/sbin). */
    private static final List<Path> WELL_KNOWN_LOCATIONS = List.of(
            Path.of("/usr/sbin/nats-server"),
            Path.of("/usr/local/bin/nats-server"),
            Path.of("/opt/homebrew/bin/nats-server"));

    private ServerSourceChooser() {
    }

    public static ServerSource choose(HostEnvironment host) {
        String requested = host.variable("NATS_SERVER_SOURCE").map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse("auto");
        return switch (requested) {
            case "auto" -> firstAvailable(host);
            case "docker" -> {
                if (!host.dockerAvailable()) {
                    throw new NoNatsServerFound("NATS_SERVER_SOURCE=docker, but Testcontainers finds no Docker engine it can use"
                            + " (does 'docker info' answer? Testcontainers' log above says more).");
                }
                yield docker(host);
            }
            default -> throw new NoNatsServerFound("NATS_SERVER_SOURCE is set to '" + requested
                    + "'; it may be 'docker' (Docker even when NATS_URL is set or a nats-server binary is there),"
                    + " or 'auto' (or unset: the order below).");
        };
    }

    private static ServerSource firstAvailable(HostEnvironment host) {
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
            return docker(host);
        }
        throw new NoNatsServerFound("NATS_URL is not set, no nats-server executable was found, and Docker is not running.");
    }

    private static ServerSource.DockerImage docker(HostEnvironment host) {
        String image = host.variable("NATS_DOCKER_IMAGE").map(String::strip).orElse(DOCKER_IMAGE);
        String network = host.variable("NATS_DOCKER_NETWORK").map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse("bridge");
        return switch (network) {
            case "bridge" -> new ServerSource.DockerImage(image, false);
            case "host" -> new ServerSource.DockerImage(image, true);
            default -> throw new NoNatsServerFound("NATS_DOCKER_NETWORK is set to '" + network
                    + "'; it may be 'host' (the container shares this machine's network, Linux only), or 'bridge' or unset (ports mapped).");
        };
    }

    private static List<String> executableNames() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? List.of("nats-server.exe") : List.of("nats-server");
    }
}
