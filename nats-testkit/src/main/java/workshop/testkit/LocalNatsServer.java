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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A nats-server process started from a local binary, listening on loopback only, with JetStream
 * on and its own store directory. It can be stopped and started again with the same settings, and
 * killed as a crash would kill it ({@link #kill()}).
 */
public final class LocalNatsServer implements NatsServer {

    private static final long READY_TIMEOUT_MILLIS = 10_000;
    private static final long EXIT_TIMEOUT_MILLIS = 10_000;
    /** Held while a process starts, so the child process that appears is this server's and no other's. */
    private static final Object STARTING = new Object();

    private final ServerSource.LocalBinary source;
    private final ServerSettings settings;
    private NatsServerRunner runner; // null while stopped
    private ProcessHandle
            process; // the running nats-server process; null while stopped or when it could not be told apart
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
        synchronized (STARTING) {
            Set<Long> childrenBefore =
                    ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
            try {
                runner = NatsServerRunner.builder()
                        .executablePath(source.executable())
                        .port(settings.port())
                        .jetstream(true)
                        .customArgs(arguments)
                        .skipConnectValidate() // the runner's own check costs ~2 s; awaitReady() below takes
                        // milliseconds
                        .output(log)
                        .build();
            } catch (IOException e) {
                throw new IllegalStateException(
                        "nats-server did not start: " + e.getMessage() + System.lineSeparator() + log.lastLines(), e);
            }
            process = ownProcess(childrenBefore).orElse(null);
        }
        awaitReady();
    }

    /**
     * Kills the process with SIGKILL ({@code kill -9}; on Windows, TerminateProcess), as a crash or
     * the kernel's OOM killer would: no shutdown, no leader handing over, nothing more written by the
     * server. What it had written stays in the operating system's page cache and reaches the store
     * directory, as after a real process crash (unlike a power loss). Returns once the process is gone;
     * {@link #start()} then brings the server back on the same port and store, as after a crash.
     */
    public synchronized void kill() {
        if (runner == null) {
            return;
        }
        if (process == null) {
            throw new IllegalStateException("Cannot kill " + settings.name() + ": its process could not be told apart"
                    + " from other processes of this JVM when it started");
        }
        end(true);
    }

    /** The running nats-server process, or empty while stopped. */
    Optional<ProcessHandle> process() {
        return Optional.ofNullable(process);
    }

    /**
     * The child process that appeared while this server started (under {@link #STARTING}, so no
     * other server of this JVM started meanwhile); where the platform shows a process's arguments
     * (Linux, macOS), it must also carry this server's store directory.
     */
    private Optional<ProcessHandle> ownProcess(Set<Long> childrenBefore) {
        String store = settings.storeDirectory().toString();
        List<ProcessHandle> appeared = ProcessHandle.current()
                .children()
                .filter(child -> !childrenBefore.contains(child.pid()))
                .filter(child -> child.info()
                        .arguments()
                        .map(arguments -> List.of(arguments).contains(store))
                        .orElse(true))
                .toList();
        return appeared.size() == 1 ? Optional.of(appeared.get(0)) : Optional.empty();
    }

    /**
     * Stops the process gracefully with SIGTERM, as {@code kill -TERM} or an orchestrator would: the
     * server first hands over the Raft groups it leads, then shuts down. Returns once the process is
     * gone. Streams in file storage survive for {@link #start()}.
     */
    public synchronized void stop() {
        end(false);
    }

    /**
     * Signals the process through its own handle, not through the runner: the runner's
     * {@code Process.destroy()} closes the pipes the server logs to right after sending SIGTERM, and
     * a server that then writes a log line dies of SIGPIPE in the middle of its shutdown, often before
     * it handed its leaderships over (2 stops in 5 exited with 141 = 128 + SIGPIPE, on 2.9.10 and on
     * 2.15.1). Then lets the runner forget it; without a handle, the runner signals it as before.
     */
    private void end(boolean forcibly) {
        if (runner == null) {
            return;
        }
        ProcessHandle victim = process;
        try {
            if (victim != null) {
                if (forcibly) {
                    victim.destroyForcibly();
                } else {
                    victim.destroy();
                }
                awaitExit(victim, forcibly);
            }
            runner.shutdown(true); // with a handle, the process is gone already: this only closes the runner's pipes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            runner = null;
            process = null;
        }
    }

    private void awaitExit(ProcessHandle victim, boolean forcibly) throws InterruptedException {
        try {
            victim.onExit().get(EXIT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notGone) {
            if (forcibly) {
                throw new IllegalStateException(
                        "nats-server " + settings.name() + " (pid " + victim.pid() + ") did not exit within "
                                + EXIT_TIMEOUT_MILLIS + " ms of SIGKILL",
                        notGone);
            }
            System.out.println("[nats-testkit] " + settings.name() + " did not shut down within " + EXIT_TIMEOUT_MILLIS
                    + " ms of SIGTERM; killing it");
            victim.destroyForcibly();
            awaitExit(victim, true);
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
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
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
}
