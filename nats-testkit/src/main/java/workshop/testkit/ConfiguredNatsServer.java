package workshop.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.opentest4j.TestAbortedException;

/**
 * A nats-server started from a configuration file a test writes: authentication, accounts, TLS,
 * subject mappings, WebSocket, MQTT, whatever {@code nats-server -c} accepts. The test gives the part
 * it is about; the kit adds what it needs, on free loopback ports, in front of it:
 *
 * <pre>{@code
 * listen: 127.0.0.1:41234          # the client port
 * server_name: tokens
 * jetstream { store_dir: "…/store" }
 * http: 127.0.0.1:41235            # monitoring(), when asked for
 * websocket { listen: "127.0.0.1:41236", no_tls: true }   # websocket()
 * mqtt { listen: "127.0.0.1:41237" }                      # mqtt()
 * # the test's configuration
 * authorization { token: "s3cret" }
 * }</pre>
 *
 * <pre>{@code
 * try (ConfiguredNatsServer server = ConfiguredNatsServer.builder("tokens")
 *         .config("authorization { token: \"s3cret\" }")
 *         .start()) {
 *     Nats.connect(new Options.Builder().server(server.url()).token("s3cret".toCharArray()).build());
 * }
 * }</pre>
 *
 * The server runs in its own directory ({@link #directory()}), so a file the test puts there (a
 * certificate, a creds file) is named in the configuration by its bare name. A configuration the
 * server refuses fails {@link Builder#start()} with {@link ConfigurationRefused}, which carries the
 * server's own words. {@link #reload(String)} rewrites the test's part and sends SIGHUP, as an
 * operator changing a running server would; {@link #restart()} stops and starts it on the same ports.
 * <p>
 * It needs a local nats-server binary: on a machine that offers only {@code NATS_URL} or Docker,
 * {@link #builder(String)} skips the test, saying why (as {@link NatsCluster} does).
 */
public final class ConfiguredNatsServer implements NatsServer {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MONITOR_TIMEOUT = Duration.ofSeconds(5);
    private static final String READY = "Server is ready";
    private static final String RELOADED = "Reloaded server configuration";
    private static final String RELOAD_FAILED = "Failed to reload server configuration";

    private final ServerSource.LocalBinary source;
    private final String name;
    private final Path directory;
    private final Listeners listeners;
    private final boolean jetStream;
    private String configuration; // the test's part
    private Process process; // null while stopped
    private final ServerOutput output = new ServerOutput();

    private ConfiguredNatsServer(Builder builder) {
        this.source = builder.source;
        this.name = builder.name;
        this.directory = builder.directory;
        this.listeners = builder.listeners();
        this.jetStream = builder.jetStream;
        this.configuration = builder.configuration;
    }

    /**
     * A server named {@code name}, not started yet. Its directory exists from here on, so a test can
     * write files into it ({@link Builder#directory()}) before the server reads its configuration.
     * Skips the test (reported as skipped, with the reason) where the test kit has no local nats-server
     * binary: here, not in {@link Builder#start()}, so that a test catching what {@code start()} throws
     * (a refused configuration) cannot catch the skip too.
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** What to start: the test's configuration, the listeners it needs, the files it brings. */
    public static final class Builder {

        private final ServerSource.LocalBinary source;
        private final String name;
        private final Path directory;
        private String configuration = "";
        private boolean monitoring;
        private boolean websocket;
        private boolean mqtt;
        private boolean jetStream = true;

        private Builder(String name) {
            this.source = ServerAssumptions.assumeLocalBinary("A server started from its own configuration");
            this.name = name;
            try {
                this.directory = Files.createTempDirectory("nats-workshop-conf-");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create a directory for nats-server " + name, e);
            }
        }

        /** The test's part of the configuration, in nats-server's configuration language. */
        public Builder config(String text) {
            this.configuration = text;
            return this;
        }

        /** Adds the monitoring port ({@code http: …}): {@link #monitoringUrl()} then answers /varz, /connz, … */
        public Builder monitoring() {
            this.monitoring = true;
            return this;
        }

        /** Adds a plain-text WebSocket listener: {@link #websocketUrl()}. */
        public Builder websocket() {
            this.websocket = true;
            return this;
        }

        /** Adds an MQTT listener: {@link #mqttUrl()}. MQTT needs JetStream and a server name, which the kit gives. */
        public Builder mqtt() {
            this.mqtt = true;
            return this;
        }

        /** Leaves JetStream off (the kit turns it on by default, with a store in the server's directory). */
        public Builder withoutJetStream() {
            this.jetStream = false;
            return this;
        }

        /** The server's working directory: a file written here is named in the configuration by its bare name. */
        public Path directory() {
            return directory;
        }

        /** Writes a file into the server's directory; returns its path. */
        public Path file(String fileName, String content) {
            try {
                return Files.writeString(directory.resolve(fileName), content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + fileName + " for nats-server " + name, e);
            }
        }

        /**
         * Starts the server and returns once it is ready.
         *
         * @throws ConfigurationRefused when the server exits instead: its message is the server's own
         */
        public ConfiguredNatsServer start() {
            var server = new ConfiguredNatsServer(this);
            ServerProcessReaper.install();
            try {
                server.start();
            } catch (RuntimeException e) {
                deleteRecursively(directory);
                throw e;
            }
            return server;
        }

        private Listeners listeners() {
            return new Listeners(
                    ServerSettings.freePort(),
                    monitoring ? ServerSettings.freePort() : 0,
                    websocket ? ServerSettings.freePort() : 0,
                    mqtt ? ServerSettings.freePort() : 0);
        }
    }

    /** The ports the kit chose; 0 where a listener was not asked for. */
    private record Listeners(int client, int monitoring, int websocket, int mqtt) {}

    /**
     * nats-server refused its configuration, or exited before it was ready. The message carries what
     * the server printed, e.g. {@code nats-server: …/nats-server.conf:9:3: unknown field "tokn"}.
     */
    public static final class ConfigurationRefused extends IllegalStateException {
        private final String serverOutput;

        ConfigurationRefused(String message, String serverOutput) {
            super(message + System.lineSeparator() + serverOutput);
            this.serverOutput = serverOutput;
        }

        /** What the server printed before it gave up. */
        public String serverOutput() {
            return serverOutput;
        }
    }

    @Override
    public String url() {
        return "nats://127.0.0.1:" + listeners.client();
    }

    /** {@code http://127.0.0.1:<port>}: append {@code /varz}, {@code /connz}, … */
    public String monitoringUrl() {
        return "http://127.0.0.1:" + required(listeners.monitoring(), "monitoring()");
    }

    /**
     * What the monitoring port answers to a GET of {@code pathAndQuery} ({@code "/connz?auth=1"}): the
     * body, JSON for every endpoint but {@code /}. For tests that read an endpoint the exercise does not
     * wrap; fails with the status and body when the server answers other than 200.
     */
    public String monitor(String pathAndQuery) {
        URI uri = URI.create(monitoringUrl() + pathAndQuery);
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri).timeout(MONITOR_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "GET " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during GET " + uri, e);
        }
    }

    /** {@code ws://127.0.0.1:<port>}: jnats connects to it like to a {@code nats://} URL. */
    public String websocketUrl() {
        return "ws://127.0.0.1:" + required(listeners.websocket(), "websocket()");
    }

    /** {@code tcp://127.0.0.1:<port>}, the form MQTT clients (Eclipse Paho) take. */
    public String mqttUrl() {
        return "tcp://127.0.0.1:" + required(listeners.mqtt(), "mqtt()");
    }

    /** The server's working directory, where its configuration file and the test's files are. */
    public Path directory() {
        return directory;
    }

    /** The whole configuration file as the server reads it: the kit's part, then the test's. */
    public String configurationFile() {
        StringBuilder file = new StringBuilder()
                .append("# written by the test kit: where to listen and store\n")
                .append("listen: 127.0.0.1:")
                .append(listeners.client())
                .append('\n')
                .append("server_name: \"")
                .append(name)
                .append("\"\n");
        if (jetStream) {
            file.append("jetstream { store_dir: \"")
                    .append(directory.resolve("store").toString().replace("\\", "/"))
                    .append("\" }\n");
        }
        if (listeners.monitoring() != 0) {
            file.append("http: 127.0.0.1:").append(listeners.monitoring()).append('\n');
        }
        if (listeners.websocket() != 0) {
            file.append("websocket { listen: \"127.0.0.1:")
                    .append(listeners.websocket())
                    .append("\", no_tls: true }\n");
        }
        if (listeners.mqtt() != 0) {
            file.append("mqtt { listen: \"127.0.0.1:").append(listeners.mqtt()).append("\" }\n");
        }
        return file.append("# the test's configuration\n")
                .append(configuration)
                .append('\n')
                .toString();
    }

    @Override
    public ServerSource source() {
        return source;
    }

    /**
     * Replaces the test's part of the configuration and sends SIGHUP, as {@code nats-server --signal reload}
     * does; returns once the server says it reloaded. Clients stay connected: what changed applies to them
     * from here on (a permission taken away, a new mapping).
     *
     * @throws ConfigurationRefused when the server keeps its old configuration: the message is its reason
     */
    public synchronized void reload(String newConfiguration) {
        if (process == null) {
            throw new IllegalStateException("nats-server " + name + " is not running: start it before reloading");
        }
        if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
            throw new TestAbortedException("Reloading a configuration sends SIGHUP, which Windows does not have");
        }
        this.configuration = newConfiguration;
        writeConfigurationFile();
        int seen = output.size();
        signal("-HUP");
        String answer =
                output.await(seen, line -> line.contains(RELOADED) || line.contains(RELOAD_FAILED), READY_TIMEOUT);
        if (answer == null) {
            throw new IllegalStateException("nats-server " + name + " did not say it reloaded within " + READY_TIMEOUT
                    + ". Its last output:" + System.lineSeparator() + output.lastLines());
        }
        if (answer.contains(RELOAD_FAILED)) {
            throw new ConfigurationRefused(
                    "nats-server " + name + " refused the new configuration and kept the old one:", answer);
        }
    }

    /**
     * Waits for the server to print a line containing {@code fragment} (after everything it printed so
     * far, when {@code onlyNew}), and returns it; empty when none came within {@code timeout}. The server's
     * own view of what a client did: "Authorization Violation", "Slow Consumer Detected".
     */
    public Optional<String> awaitLogLine(String fragment, boolean onlyNew, Duration timeout) {
        return Optional.ofNullable(output.await(onlyNew ? output.size() : 0, line -> line.contains(fragment), timeout));
    }

    /** Everything the server printed since it started, one line per element. */
    public List<String> logLines() {
        return output.lines();
    }

    private synchronized void start() {
        if (process != null) {
            return;
        }
        writeConfigurationFile();
        int seen = output.size();
        output.starting();
        try {
            process = new ProcessBuilder(
                            source.executable().toString(),
                            "-c",
                            configurationPath().toString())
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + source.executable() + ": " + e.getMessage(), e);
        }
        Process started = process;
        Thread reader = new Thread(() -> output.readAll(started), "nats-server-" + name + "-output");
        reader.setDaemon(true);
        reader.start();
        String ready = output.await(seen, line -> line.contains(READY), READY_TIMEOUT);
        if (ready == null) {
            end(true);
            if (output.exited()) {
                throw new ConfigurationRefused(
                        "nats-server " + name + " refused its configuration, " + configurationPath()
                                + " (the server's line numbers count the kit's lines first):"
                                + System.lineSeparator() + numbered(configurationFile())
                                + "It said:",
                        output.lastLines());
            }
            throw new IllegalStateException("nats-server " + name + " was not ready within " + READY_TIMEOUT
                    + ". Its last output:" + System.lineSeparator() + output.lastLines());
        }
    }

    /** Stops the server with SIGTERM and starts it again with the same configuration, on the same ports. */
    @Override
    public synchronized void restart() {
        end(false);
        start();
    }

    /** Stops the server and deletes its directory. */
    @Override
    public synchronized void close() {
        end(false);
        deleteRecursively(directory);
    }

    private void end(boolean forcibly) {
        if (process == null) {
            return;
        }
        Process ending = process;
        process = null;
        if (forcibly) {
            ending.destroyForcibly();
        } else {
            ending.destroy();
        }
        try {
            if (!ending.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                ending.destroyForcibly().waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        output.awaitExit(EXIT_TIMEOUT);
    }

    private void signal(String signal) {
        try {
            Process kill = new ProcessBuilder("kill", signal, Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + signal + " " + process.pid() + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not signal nats-server " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signalling nats-server " + name, e);
        }
    }

    private Path configurationPath() {
        return directory.resolve("nats-server.conf");
    }

    private void writeConfigurationFile() {
        try {
            Files.writeString(configurationPath(), configurationFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the configuration of nats-server " + name, e);
        }
    }

    /** The file with its line numbers, as the server counts them in its errors. */
    private static String numbered(String file) {
        StringBuilder lines = new StringBuilder();
        String[] all = file.split("\n", -1);
        for (int i = 0; i < all.length - 1; i++) {
            lines.append(String.format("%4d  %s%n", i + 1, all[i]));
        }
        return lines.toString();
    }

    private static int required(int port, String builderMethod) {
        if (port == 0) {
            throw new IllegalStateException("This server has no such listener: ask for it with " + builderMethod
                    + " on ConfiguredNatsServer.builder(…)");
        }
        return port;
    }

    private static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // already gone: nothing to clean up
        }
    }

    /**
     * Every line the server printed, kept in order so a test can wait for one: the server says when it
     * is ready, reloaded, or what it did to a client. Waiting is on a monitor, never a sleep.
     */
    private static final class ServerOutput {
        private final List<String> lines = new ArrayList<>();
        private boolean exited;

        void readAll(Process process) {
            try (var reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    add(line);
                }
            } catch (IOException closed) {
                // the process ended: nothing more to read
            } finally {
                markExited();
            }
        }

        private synchronized void add(String line) {
            lines.add(line);
            notifyAll();
        }

        private synchronized void markExited() {
            exited = true;
            notifyAll();
        }

        /** A new process starts: until it ends, the output is not over. */
        synchronized void starting() {
            exited = false;
        }

        synchronized int size() {
            return lines.size();
        }

        synchronized boolean exited() {
            return exited;
        }

        synchronized List<String> lines() {
            return List.copyOf(lines);
        }

        synchronized String lastLines() {
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }

        /** The first line from index {@code from} on that passes {@code wanted}; null on timeout or exit. */
        synchronized String await(int from, Predicate<String> wanted, Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int next = from;
            while (true) {
                for (; next < lines.size(); next++) {
                    if (wanted.test(lines.get(next))) {
                        return lines.get(next);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || exited) {
                    return null;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }

        synchronized void awaitExit(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!exited && System.nanoTime() < deadline) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, deadline - System.nanoTime());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
