package workshop.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which nats-server the Use track's tests will get, found the way the test kit finds it
 * ({@code workshop.testkit.ServerSourceChooser}, mirrored here because the tools depend on nothing):
 * {@code NATS_URL}, then {@code NATS_SERVER_PATH}, then {@code nats-server} on the PATH, then the
 * folders package managers use, then Docker; {@code NATS_SERVER_SOURCE=docker} asks for Docker first,
 * whose image and network {@code NATS_DOCKER_IMAGE} and {@code NATS_DOCKER_NETWORK} set. Keep the
 * two in step when either changes.
 */
final class NatsSourceCheck {

    /** Where package managers put nats-server but a PATH may not reach (Debian: /usr/sbin). Same list as the test kit's. */
    static final List<Path> WELL_KNOWN_LOCATIONS = List.of(
            Path.of("/usr/sbin/nats-server"),
            Path.of("/usr/local/bin/nats-server"),
            Path.of("/opt/homebrew/bin/nats-server"));
    static final String DOCKER_IMAGE = "nats:2.15";
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");

    /** How to get a server: the test kit's own advice, word for word where it can be. */
    static final String INSTALL = """
            The test kit looks, in this order, for:
              1. NATS_URL        an already running server, e.g. NATS_URL=nats://localhost:4222
              2. nats-server     on the PATH, or its full path in NATS_SERVER_PATH
              3. Docker          a running Docker engine (the test kit then runs the nats image;
                                 NATS_SERVER_SOURCE=docker chooses it first)
            Install nats-server with one of:
              Debian/Ubuntu  sudo apt-get install -y nats-server
              macOS          brew install nats-server
              Windows        scoop install nats-server   or   choco install nats-server
              Go             go install github.com/nats-io/nats-server/v2@latest
              Docker         docker run -p 4222:4222 nats -js   (then NATS_URL=nats://localhost:4222)""";

    private final DoctorHost host;
    /** The release of the server the tests will get, once {@link #check()} found one. */
    private Optional<ServerRelease> found = Optional.empty();

    NatsSourceCheck(DoctorHost host) {
        this.host = host;
    }

    /** The release {@link #check()} found: from --version, the server's INFO, or the Docker image's tag. */
    Optional<ServerRelease> found() {
        return found;
    }

    DoctorCommand.Finding check() {
        String requested = host.variable("NATS_SERVER_SOURCE").map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse("auto");
        return switch (requested) {
            case "auto" -> firstAvailable();
            case "docker" -> docker(true);
            default -> DoctorCommand.Finding.fix("NATS server", "NATS_SERVER_SOURCE is set to '" + requested
                            + "'; it may be 'docker' (Docker even when NATS_URL is set or a nats-server binary is there),"
                            + " or 'auto' (or unset: the order below).",
                    "Set NATS_SERVER_SOURCE=docker, or remove it: " + (host.windows() ? "set NATS_SERVER_SOURCE=" : "unset NATS_SERVER_SOURCE")
                            + "\n" + INSTALL);
        };
    }

    private DoctorCommand.Finding firstAvailable() {
        Optional<String> url = host.variable("NATS_URL");
        if (url.isPresent()) {
            return external(url.get());
        }
        Optional<String> explicit = host.variable("NATS_SERVER_PATH");
        if (explicit.isPresent()) {
            Path binary = Path.of(explicit.get());
            if (!host.isExecutable(binary)) {
                return DoctorCommand.Finding.fix("NATS server", "NATS_SERVER_PATH is set to '" + binary + "', but no executable is there.",
                        "Point NATS_SERVER_PATH at the nats-server executable, or remove it so the PATH is searched: "
                                + (host.windows() ? "set NATS_SERVER_PATH=" : "unset NATS_SERVER_PATH") + "\n" + INSTALL);
            }
            return local(binary, "NATS_SERVER_PATH");
        }
        String name = host.windows() ? "nats-server.exe" : "nats-server";
        for (String directory : host.pathDirectories()) {
            Path candidate = Path.of(directory, name);
            if (host.isExecutable(candidate)) {
                return local(candidate, "found on the PATH");
            }
        }
        for (Path candidate : WELL_KNOWN_LOCATIONS) {
            if (host.isExecutable(candidate)) {
                return local(candidate, "found in a package manager's directory");
            }
        }
        return docker(false);
    }

    /** Docker, as the last resort or because NATS_SERVER_SOURCE=docker asks for it. */
    private DoctorCommand.Finding docker(boolean requested) {
        Optional<String> docker = host.run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), Duration.ofSeconds(15));
        if (docker.isEmpty()) {
            return requested
                    ? DoctorCommand.Finding.fix("NATS server", "NATS_SERVER_SOURCE=docker, but Docker is not running ('docker info' fails).",
                            "Start Docker, or remove NATS_SERVER_SOURCE so the tests look for a nats-server binary: "
                                    + (host.windows() ? "set NATS_SERVER_SOURCE=" : "unset NATS_SERVER_SOURCE") + "\n" + INSTALL)
                    : DoctorCommand.Finding.fix("NATS server", "NATS_URL is not set, no nats-server executable was found, and Docker is not running.",
                            INSTALL);
        }
        String image = host.variable("NATS_DOCKER_IMAGE").map(String::strip).orElse(DOCKER_IMAGE);
        found = ServerRelease.ofImage(image);
        String network = host.variable("NATS_DOCKER_NETWORK").map(value -> value.strip().toLowerCase(Locale.ROOT)).orElse("bridge");
        if (!network.equals("bridge") && !network.equals("host")) {
            return DoctorCommand.Finding.fix("NATS server", "NATS_DOCKER_NETWORK is set to '" + network
                            + "'; it may be 'host' (the container shares this machine's network, Linux only), or 'bridge' or unset (ports mapped).",
                    "Set NATS_DOCKER_NETWORK=host, or remove it: " + (host.windows() ? "set NATS_DOCKER_NETWORK=" : "unset NATS_DOCKER_NETWORK"));
        }
        List<String> toFetch = new java.util.ArrayList<>();
        if (!dockerHas(image)) {
            toFetch.add("docker pull " + image);
        }
        boolean ryuk = !host.variable("TESTCONTAINERS_RYUK_DISABLED").map(value -> value.strip().equalsIgnoreCase("true")).orElse(false);
        if (ryuk && !dockerHas("testcontainers/ryuk")) {
            toFetch.add("run the tests once, so that Testcontainers pulls its helper image (testcontainers/ryuk)");
        }
        return DoctorCommand.Finding.ok("NATS server", (requested ? "NATS_SERVER_SOURCE=docker, and Docker " : "no nats-server binary, but Docker ")
                + docker.get().strip() + " is running: the tests will run the image " + image
                + (network.equals("host") ? " on the host network" : "") + ". "
                + (toFetch.isEmpty() ? "Everything it needs is on this machine." : "Without internet on the day, do it now: " + String.join("; ", toFetch)));
    }

    /** Whether Docker has an image of that name (any tag when the name has none). */
    private boolean dockerHas(String image) {
        return host.run(List.of("docker", "images", "-q", image), Duration.ofSeconds(15)).filter(ids -> !ids.isBlank()).isPresent();
    }

    private DoctorCommand.Finding local(Path binary, String foundVia) {
        Optional<String> version = host.run(List.of(binary.toString(), "--version"), Duration.ofSeconds(10)).map(String::strip);
        String what = binary + " (" + foundVia + ")" + version.map(v -> ", " + v).orElse("");
        if (version.isEmpty()) {
            return DoctorCommand.Finding.fix("NATS server", what + ", but it does not run ('" + binary + " --version' failed).",
                    "Reinstall nats-server, or point NATS_SERVER_PATH at one that runs.\n" + INSTALL);
        }
        found = ServerRelease.find(version.get());
        if (tooOld(version.get())) {
            return DoctorCommand.Finding.fix("NATS server", what + ": older than 2.9.10, which the lessons are checked against.",
                    "Install a newer nats-server (2.9.10 or later).\n" + INSTALL);
        }
        return DoctorCommand.Finding.ok("NATS server", what);
    }

    private DoctorCommand.Finding external(String url) {
        String first = url.split(",")[0].strip().replaceFirst("^[a-z]+://", "").replaceFirst("^[^@]*@", "");
        String address = first.contains(":") ? first : first + ":4222";
        String serverHost = address.substring(0, address.lastIndexOf(':'));
        int port;
        try {
            port = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1).replaceAll("/.*", ""));
        } catch (NumberFormatException e) {
            return DoctorCommand.Finding.fix("NATS server", "NATS_URL is set to '" + url + "', which is not a URL like nats://localhost:4222.",
                    "Correct NATS_URL, or remove it so the tests start their own server.");
        }
        Optional<String> greeting = host.greeting(serverHost, port);
        if (greeting.isPresent() && greeting.get().startsWith("INFO")) {
            found = versionIn(greeting.get()).flatMap(ServerRelease::find);
            String answers = "NATS_URL=" + url + " answers" + versionIn(greeting.get()).map(v -> " (nats-server " + v + ")").orElse("");
            if (!greeting.get().matches(".*\"jetstream\"\\s*:\\s*true.*")) { // the server's INFO has it only when JetStream is on
                return DoctorCommand.Finding.fix("NATS server", answers + ", but JetStream is off there: steps 4 to 7 need it.",
                        "Restart that server with JetStream on: nats-server -js -p " + port + " (add -sd <folder> for where it stores),\n"
                                + "or remove NATS_URL so the tests start their own: " + (host.windows() ? "set NATS_URL=" : "unset NATS_URL"));
            }
            return DoctorCommand.Finding.ok("NATS server", answers + ", JetStream on; every test class shares it");
        }
        return DoctorCommand.Finding.fix("NATS server", "NATS_URL is set to '" + url + "', but no NATS server answers there.",
                "Start that server (nats-server -js -p " + port + "), or remove NATS_URL so the tests start their own: "
                        + (host.windows() ? "set NATS_URL=" : "unset NATS_URL"));
    }

    /** The version in a server's INFO line: {@code "version":"2.9.10"}. */
    static Optional<String> versionIn(String info) {
        Matcher m = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(info);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    static boolean tooOld(String versionText) {
        Matcher m = VERSION.matcher(versionText);
        if (!m.find()) {
            return false;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        int patch = Integer.parseInt(m.group(3));
        return major < 2 || (major == 2 && (minor < 9 || (minor == 9 && patch < 10)));
    }
}
