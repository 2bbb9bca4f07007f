package workshop.testkit;

import io.nats.NatsServerRunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A nats-server process started from a local binary, listening on loopback only, with JetStream
 * on and its own store directory. It can be stopped and started again with the same settings.
 */
public final class LocalNatsServer implements NatsServer {

    private static final long READY_TIMEOUT_MILLIS = 10_000;

    private final ServerSource.LocalBinary source;
    private final ServerSettings settings;
    private NatsServerRunner runner; // null while stopped
    private ServerLog log;

    private LocalNatsServer(ServerSource.LocalBinary source, ServerSettings settings) {
        this.source = source;
        this.settings = settings;
    }

    /** Starts a server and returns once it accepts connections. */
    public static LocalNatsServer start(ServerSource.LocalBinary source, ServerSettings settings) {
        ServerProcessReaper.install();
        var server = new LocalNatsServer(source, settings);
        server.start();
        return server;
    }

    public ServerSettings settings() {
        return settings;
    }

    @Override
    public String url() {
        return "nats://127.0.0.1:" + settings.port();
    }

    @Override
    public ServerSource source() {
        return source;
    }

    /** Starts the process again after {@link #stop()}: same port, same store. */
    public synchronized void start() {
        if (runner != null) {
            return;
        }
        log = new ServerLog();
        List<String> arguments = new ArrayList<>(List.of(
                "--addr", "127.0.0.1",
                "--server_name", settings.name(),
                "--store_dir", settings.storeDirectory().toString()));
        arguments.addAll(settings.extraArguments());
        try {
            runner = NatsServerRunner.builder()
                    .executablePath(source.executable())
                    .port(settings.port())
                    .jetstream(true)
                    .customArgs(arguments)
                    .skipConnectValidate() // the runner's own check costs ~2 s; awaitReady() below takes milliseconds
                    .output(log)
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("nats-server did not start: " + e.getMessage()
                    + System.lineSeparator() + log.lastLines(), e);
        }
        awaitReady();
    }

    /** Stops the process (as kill -TERM would). Streams in file storage survive for {@link #start()}. */
    public synchronized void stop() {
        if (runner == null) {
            return;
        }
        try {
            runner.shutdown(true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runner = null;
        }
    }

    @Override
    public void restart() {
        stop();
        start();
    }

    /** Stops the server for good and deletes its store directory: nothing is left behind in the temp folder. */
    @Override
    public void close() {
        stop();
        deleteRecursively(settings.storeDirectory());
    }

    private static void deleteRecursively(Path directory) {
        try (var paths = java.nio.file.Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // already gone, or not ours to delete: nothing to clean up
        }
    }

    private void awaitReady() {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            try (var socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()), 200);
                return;
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        stop();
        throw new UncheckedIOException(new IOException("nats-server did not accept connections on port "
                + settings.port() + " within " + READY_TIMEOUT_MILLIS + " ms. Its last output:"
                + System.lineSeparator() + log.lastLines()));
    }

    Path executable() {
        return source.executable();
    }
}
