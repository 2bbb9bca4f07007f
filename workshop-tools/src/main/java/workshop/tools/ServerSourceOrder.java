package workshop.tools;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Where the Use track's nats-server comes from, written once: the order the sources are tried in,
 * the variables that steer it, the default Docker image, and how to install a server. The test kit
 * starts the server it {@link #choose chooses} ({@code workshop.testkit.ServerSourceChooser}),
 * {@code ./workshop doctor} checks the same choice on the learner's machine ({@link NatsSourceCheck}),
 * and the top-level README's description of the sources is generated from here
 * ({@link ReadmeServerSources}). Plain JDK: the tools are compiled without Maven too.
 *
 * <p>The order: {@code NATS_URL}, then {@code NATS_SERVER_PATH}, then {@code nats-server} on the
 * PATH, then the folders package managers use ({@link #WELL_KNOWN_LOCATIONS}), then Docker.
 * {@code NATS_SERVER_SOURCE=docker} asks for Docker before all of them; Docker runs
 * {@code NATS_DOCKER_IMAGE} (default {@link #DEFAULT_DOCKER_IMAGE}) on the network
 * {@code NATS_DOCKER_NETWORK} names.
 */
public final class ServerSourceOrder {

    public static final String URL = "NATS_URL";
    public static final String SERVER_PATH = "NATS_SERVER_PATH";
    public static final String SOURCE = "NATS_SERVER_SOURCE";
    public static final String DOCKER_IMAGE = "NATS_DOCKER_IMAGE";
    public static final String DOCKER_NETWORK = "NATS_DOCKER_NETWORK";

    /** The image Docker runs unless NATS_DOCKER_IMAGE names another: the newest line the lessons are checked against. */
    public static final String DEFAULT_DOCKER_IMAGE = "nats:2.15";

    /** Where package managers put nats-server but a PATH may not reach (Debian: /usr/sbin). */
    public static final List<Path> WELL_KNOWN_LOCATIONS = List.of(
            Path.of("/usr/sbin/nats-server"),
            Path.of("/usr/local/bin/nats-server"),
            Path.of("/opt/homebrew/bin/nats-server"));

    /** One way to install nats-server: for whom, and the commands (any one of them). */
    public record Install(String where, List<String> commands) {}

    /** The ways to install nats-server, as the README and every "no server" message list them. */
    public static final List<Install> INSTALLS = List.of(
            new Install("Debian/Ubuntu", List.of("sudo apt-get install -y nats-server")),
            new Install("macOS", List.of("brew install nats-server")),
            new Install("Windows", List.of("scoop install nats-server", "choco install nats-server")),
            new Install("Go", List.of("go install github.com/nats-io/nats-server/v2@latest")));

    /** What the choice asks of the machine. An interface so that it can be tested on made-up machines. */
    public interface Machine {

        /** The environment variable's value, or empty when it is unset or blank. */
        Optional<String> variable(String name);

        /** Whether the file exists and may be executed. */
        boolean isExecutable(Path file);

        /** Whether a Docker engine answers. May take a moment: asked last, and only when needed. */
        boolean dockerAvailable();

        default boolean windows() {
            return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        }

        /** The directories of PATH, in order. */
        default List<String> pathDirectories() {
            return variable("PATH")
                    .map(path -> List.of(path.split(File.pathSeparator)))
                    .orElse(List.of());
        }

        /** How the real machine answers {@link #variable}: the test kit's and the doctor's read it alike. */
        static Optional<String> systemVariable(String name) {
            return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
        }

        /** How the real machine answers {@link #isExecutable}. */
        static boolean isExecutableFile(Path file) {
            return Files.isRegularFile(file) && Files.isExecutable(file);
        }
    }

    /** What {@link #choose} found: a source, or why there is none and what to do about it. */
    public sealed interface Choice {}

    /** A server somebody else runs, at {@code NATS_URL}. */
    public record External(String url) implements Choice {}

    /** A nats-server executable on this machine, and how it was found ("found on the PATH"). */
    public record Binary(Path executable, String foundVia) implements Choice {}

    /** Docker, as the last resort or because NATS_SERVER_SOURCE=docker asked for it. */
    public record Docker(String image, boolean hostNetwork, boolean requested) implements Choice {}

    /** No source works: the problem in one sentence, and its fix (without the general {@link #installAdvice}). */
    public record Nothing(String problem, String fix) implements Choice {}

    private ServerSourceOrder() {}

    /** The first source that works on this machine, in the order the class comment gives. */
    public static Choice choose(Machine machine) {
        String requested = machine.variable(SOURCE)
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .orElse("auto");
        return switch (requested) {
            case "auto" -> firstAvailable(machine);
            case "docker" ->
                machine.dockerAvailable()
                        ? docker(machine, true)
                        : new Nothing(
                                SOURCE
                                        + "=docker, but Docker is not running: no Docker engine answers ('docker info' fails).",
                                "Start Docker, or remove " + SOURCE
                                        + " so that the tests look for a nats-server executable: "
                                        + unset(machine, SOURCE));
            default ->
                new Nothing(
                        SOURCE + " is set to '" + requested
                                + "'; it may be 'docker' (Docker even when " + URL
                                + " is set or a nats-server executable is there),"
                                + " or 'auto' (or unset: the order below).",
                        "Set " + SOURCE + "=docker, or remove it: " + unset(machine, SOURCE));
        };
    }

    private static Choice firstAvailable(Machine machine) {
        Optional<String> url = machine.variable(URL);
        if (url.isPresent()) {
            return new External(url.get());
        }
        Optional<String> explicit = machine.variable(SERVER_PATH);
        if (explicit.isPresent()) {
            Path binary = Path.of(explicit.get());
            return machine.isExecutable(binary)
                    ? new Binary(binary, SERVER_PATH)
                    : new Nothing(
                            SERVER_PATH + " is set to '" + binary + "', but no executable is there.",
                            "Point " + SERVER_PATH
                                    + " at the nats-server executable, or remove it so that the PATH is searched: "
                                    + unset(machine, SERVER_PATH));
        }
        String name = machine.windows() ? "nats-server.exe" : "nats-server";
        for (String directory : machine.pathDirectories()) {
            Path candidate = Path.of(directory, name);
            if (machine.isExecutable(candidate)) {
                return new Binary(candidate, "found on the PATH");
            }
        }
        for (Path candidate : WELL_KNOWN_LOCATIONS) {
            if (machine.isExecutable(candidate)) {
                return new Binary(candidate, "found in a package manager's directory");
            }
        }
        if (machine.dockerAvailable()) {
            return docker(machine, false);
        }
        return new Nothing(
                URL + " is not set, no nats-server executable was found, and Docker is not running.",
                "Install nats-server, start Docker, or point " + URL + " at a server you run.");
    }

    private static Choice docker(Machine machine, boolean requested) {
        String image = machine.variable(DOCKER_IMAGE).map(String::strip).orElse(DEFAULT_DOCKER_IMAGE);
        String network = machine.variable(DOCKER_NETWORK)
                .map(value -> value.strip().toLowerCase(Locale.ROOT))
                .orElse("bridge");
        return switch (network) {
            case "bridge" -> new Docker(image, false, requested);
            case "host" -> new Docker(image, true, requested);
            default ->
                new Nothing(
                        DOCKER_NETWORK + " is set to '" + network
                                + "'; it may be 'host' (the container shares this machine's network, Linux only), or 'bridge' or unset (ports mapped).",
                        "Set " + DOCKER_NETWORK + "=host, or remove it: " + unset(machine, DOCKER_NETWORK));
        };
    }

    /** The shell command that removes a variable: {@code unset X}, or {@code set X=} on Windows. */
    private static String unset(Machine machine, String variable) {
        return machine.windows() ? "set " + variable + "=" : "unset " + variable;
    }

    /** The sources in the order they are tried, one line each for a terminal: what {@link #choose} does. */
    private static final List<String[]> ORDER = List.of(
            new String[] {
                URL, "a server you run (JetStream on: nats-server -js), e.g. " + URL + "=nats://localhost:4222"
            },
            new String[] {SERVER_PATH, "the full path of a nats-server executable"},
            new String[] {
                "nats-server",
                "on the PATH, then in "
                        + WELL_KNOWN_LOCATIONS.stream()
                                .map(path -> path.getParent().toString().replace('\\', '/'))
                                .collect(Collectors.joining(", "))
            },
            new String[] {
                "Docker",
                "a running Docker engine: the test kit runs the image " + DEFAULT_DOCKER_IMAGE + " (" + SOURCE
                        + "=docker chooses it first)"
            });

    /** How to get a server, for a terminal: the order, then the ways to install one. Every "no server" message ends with it. */
    public static String installAdvice() {
        StringBuilder text = new StringBuilder("The test kit looks, in this order, for:\n");
        for (int i = 0; i < ORDER.size(); i++) {
            text.append(String.format("  %d. %-17s %s\n", i + 1, ORDER.get(i)[0], ORDER.get(i)[1]));
        }
        text.append("Install nats-server with one of:\n");
        for (Install install : INSTALLS) {
            text.append(String.format("  %-14s %s\n", install.where(), String.join("   or   ", install.commands())));
        }
        text.append(String.format(
                "  %-14s %s", "Docker", "docker run -p 4222:4222 nats -js   (then " + URL + "=nats://localhost:4222)"));
        return text.toString();
    }

    /** The README's list of the sources (Markdown), in the order they are tried, with the ways to install a server. */
    public static String readmeSources() {
        String installs = INSTALLS.stream()
                .map(install -> install.where() + " "
                        + install.commands().stream()
                                .map(command -> "`" + command + "`")
                                .collect(Collectors.joining(" or ")))
                .collect(Collectors.joining(" ·\n     "));
        String folders = WELL_KNOWN_LOCATIONS.stream()
                .map(path -> "`" + path.getParent().toString().replace('\\', '/') + "`")
                .collect(Collectors.joining(", "));
        List<String> items = List.of(
                "`" + URL + "`: your own server, started with JetStream on (`nats-server -js`; steps 4 to 7 need it):\n"
                        + "     `export " + URL + "=nats://localhost:4222`. Every test class then shares it.",
                "`" + SERVER_PATH + "`: the full path of a `nats-server` executable.",
                "`nats-server` on your PATH, then in " + folders + "\n"
                        + "     (where package managers put it). Install it with:\n"
                        + "     " + installs,
                "a running **Docker** engine: the test kit then runs the `" + DEFAULT_DOCKER_IMAGE
                        + "` image itself (its\n" + "     settings: [Docker](#docker)). `" + SOURCE
                        + "=docker` makes it use Docker first.");
        return "- **A NATS server** for the Use track. The test kit takes the first of these it finds, in this order:\n"
                + IntStream.range(0, items.size())
                        .mapToObj(i -> "  " + (i + 1) + ". " + items.get(i))
                        .collect(Collectors.joining("\n"));
    }

    /** The README's table of the variables that steer the Docker source (Markdown). */
    public static String readmeDockerVariables() {
        return "| variable | what it does |\n"
                + "|---|---|\n"
                + "| `" + SOURCE + "=docker` | use Docker even when `" + URL
                + "` is set or a `nats-server` executable is found |\n"
                + "| `" + DOCKER_IMAGE + "=<image>` | the image to run instead of `" + DEFAULT_DOCKER_IMAGE
                + "`; its entrypoint must be `nats-server`, as the official image's is |\n"
                + "| `" + DOCKER_NETWORK
                + "=host` | the container shares this machine's network and nats-server listens on a free port of"
                + " 127.0.0.1 (a Linux engine). Unset: Docker maps the container's port 4222 to a random port |";
    }
}
