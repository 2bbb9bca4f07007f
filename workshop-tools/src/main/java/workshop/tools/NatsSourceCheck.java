package workshop.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which nats-server the Use track's tests will get on this machine: {@link ServerSourceOrder}'s
 * choice, the very one the test kit makes, and then whether that server is usable (it runs and is
 * recent enough, it answers with JetStream on, Docker has the images it needs).
 */
final class NatsSourceCheck {

    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");

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
        DockerEngine engine = new DockerEngine();
        ServerSourceOrder.Machine machine = new ServerSourceOrder.Machine() {
            @Override
            public Optional<String> variable(String name) {
                return host.variable(name);
            }

            @Override
            public boolean isExecutable(Path file) {
                return host.isExecutable(file);
            }

            @Override
            public boolean dockerAvailable() {
                return engine.version().isPresent();
            }

            @Override
            public boolean windows() {
                return host.windows();
            }
        };
        return switch (ServerSourceOrder.choose(machine)) {
            case ServerSourceOrder.External external -> external(external.url());
            case ServerSourceOrder.Binary binary -> local(binary.executable(), binary.foundVia());
            case ServerSourceOrder.Docker docker ->
                docker(docker, engine.version().orElseThrow());
            case ServerSourceOrder.Nothing nothing ->
                DoctorCommand.Finding.fix(
                        "NATS server", nothing.problem(), nothing.fix() + "\n" + ServerSourceOrder.installAdvice());
        };
    }

    /** The Docker engine's version, asked once ({@code docker info} can take seconds): empty when none answers. */
    private final class DockerEngine {
        private Optional<String> version;

        Optional<String> version() {
            if (version == null) {
                version = host.run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), Duration.ofSeconds(15))
                        .map(String::strip);
            }
            return version;
        }
    }

    /** Docker, as the last resort or because NATS_SERVER_SOURCE=docker asks for it: does it have what it will need? */
    private DoctorCommand.Finding docker(ServerSourceOrder.Docker docker, String engineVersion) {
        found = ServerRelease.ofImage(docker.image());
        List<String> toFetch = new java.util.ArrayList<>();
        if (!dockerHas(docker.image())) {
            toFetch.add("docker pull " + docker.image());
        }
        boolean ryuk = !host.variable("TESTCONTAINERS_RYUK_DISABLED")
                .map(value -> value.strip().equalsIgnoreCase("true"))
                .orElse(false);
        if (ryuk && !dockerHas("testcontainers/ryuk")) {
            toFetch.add("run the tests once, so that Testcontainers pulls its helper image (testcontainers/ryuk)");
        }
        return DoctorCommand.Finding.ok(
                "NATS server",
                (docker.requested()
                                ? ServerSourceOrder.SOURCE + "=docker, and Docker "
                                : "no nats-server binary, but Docker ")
                        + engineVersion + " is running: the tests will run the image " + docker.image()
                        + (docker.hostNetwork() ? " on the host network" : "") + ". "
                        + (toFetch.isEmpty()
                                ? "Everything it needs is on this machine."
                                : "Without internet on the day, do it now: " + String.join("; ", toFetch)));
    }

    /** Whether Docker has an image of that name (any tag when the name has none). */
    private boolean dockerHas(String image) {
        return host.run(List.of("docker", "images", "-q", image), Duration.ofSeconds(15))
                .filter(ids -> !ids.isBlank())
                .isPresent();
    }

    private DoctorCommand.Finding local(Path binary, String foundVia) {
        Optional<String> version = host.run(List.of(binary.toString(), "--version"), Duration.ofSeconds(10))
                .map(String::strip);
        String what =
                binary + " (" + foundVia + ")" + version.map(v -> ", " + v).orElse("");
        if (version.isEmpty()) {
            return DoctorCommand.Finding.fix(
                    "NATS server",
                    what + ", but it does not run ('" + binary + " --version' failed).",
                    "Reinstall nats-server, or point NATS_SERVER_PATH at one that runs.\n"
                            + ServerSourceOrder.installAdvice());
        }
        found = ServerRelease.find(version.get());
        if (tooOld(version.get())) {
            return DoctorCommand.Finding.fix(
                    "NATS server",
                    what + ": older than 2.9.10, which the lessons are checked against.",
                    "Install a newer nats-server (2.9.10 or later).\n" + ServerSourceOrder.installAdvice());
        }
        return DoctorCommand.Finding.ok("NATS server", what);
    }

    private DoctorCommand.Finding external(String url) {
        String first = url.split(",")[0].strip().replaceFirst("^[a-z]+://", "").replaceFirst("^[^@]*@", "");
        String address = first.contains(":") ? first : first + ":4222";
        String serverHost = address.substring(0, address.lastIndexOf(':'));
        int port;
        try {
            port = Integer.parseInt(
                    address.substring(address.lastIndexOf(':') + 1).replaceAll("/.*", ""));
        } catch (NumberFormatException e) {
            return DoctorCommand.Finding.fix(
                    "NATS server",
                    "NATS_URL is set to '" + url + "', which is not a URL like nats://localhost:4222.",
                    "Correct NATS_URL, or remove it so the tests start their own server.");
        }
        Optional<String> greeting = host.greeting(serverHost, port);
        if (greeting.isPresent() && greeting.get().startsWith("INFO")) {
            found = versionIn(greeting.get()).flatMap(ServerRelease::find);
            String answers = "NATS_URL=" + url + " answers"
                    + versionIn(greeting.get())
                            .map(v -> " (nats-server " + v + ")")
                            .orElse("");
            if (!greeting.get()
                    .matches(".*\"jetstream\"\\s*:\\s*true.*")) { // the server's INFO has it only when JetStream is on
                return DoctorCommand.Finding.fix(
                        "NATS server",
                        answers + ", but JetStream is off there: steps 4 to 7 need it.",
                        "Restart that server with JetStream on: nats-server -js -p " + port
                                + " (add -sd <folder> for where it stores),\n"
                                + "or remove NATS_URL so the tests start their own: "
                                + (host.windows() ? "set NATS_URL=" : "unset NATS_URL"));
            }
            return DoctorCommand.Finding.ok("NATS server", answers + ", JetStream on; every test class shares it");
        }
        return DoctorCommand.Finding.fix(
                "NATS server",
                "NATS_URL is set to '" + url + "', but no NATS server answers there.",
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
