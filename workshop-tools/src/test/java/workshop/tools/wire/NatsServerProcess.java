package workshop.tools.wire;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A nats-server on a free loopback port with JetStream, for the spy's tests (the tools cannot use
 * the test kit: the kit depends on them). The binary: NATS_SERVER_PATH (CI sets it to each server
 * of its matrix), else nats-server on the PATH or in /usr/sbin.
 */
final class NatsServerProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private NatsServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Optional<Path> binary() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("NATS_SERVER_PATH"))
                .filter(p -> !p.isBlank())
                .map(Path::of)
                .ifPresent(candidates::add);
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!directory.isBlank()) {
                candidates.add(Path.of(directory, "nats-server"));
            }
        }
        candidates.add(Path.of("/usr/sbin/nats-server"));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    static NatsServerProcess start(Path binary, Path store) throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Process process = new ProcessBuilder(
                        binary.toString(),
                        "-a",
                        "127.0.0.1",
                        "-p",
                        String.valueOf(port),
                        "-js",
                        "-sd",
                        store.toString())
                .redirectErrorStream(true)
                .redirectOutput(
                        store.resolveSibling(store.getFileName() + ".log").toFile())
                .start();
        NatsServerProcess server = new NatsServerProcess(process, port);
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(server::accepts);
        return server;
    }

    private boolean accepts() {
        if (!process.isAlive()) {
            throw new IllegalStateException("nats-server exited with " + process.exitValue());
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    InetSocketAddress address() {
        return InetSocketAddress.createUnresolved("127.0.0.1", port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
