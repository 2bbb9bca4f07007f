package workshop.tools;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What {@code ./workshop doctor} asks of the machine. An interface so that the doctor's advice can be
 * tested on made-up machines (no nats-server, an old Java, a busy port…).
 */
interface DoctorHost {

    /** The environment variable's value, or empty when unset or blank (as the test kit reads it). */
    Optional<String> variable(String name);

    /** Whether the file exists and may be executed. */
    boolean isExecutable(Path file);

    boolean exists(Path file);

    boolean windows();

    /** This JVM's feature version (21, 25…) and a one-line description of it. */
    int javaVersion();

    String javaDescription();

    /** Whether this is a JDK (has a compiler), not just a runtime. */
    boolean hasCompiler();

    /** Runs a command; its output when it exits with 0 within the timeout, else empty. */
    Optional<String> run(List<String> command, Duration timeout);

    /** Whether a server socket can be bound on the port of all interfaces right now. */
    boolean portFree(int port);

    /** The first line whoever listens on localhost:port sends within a second; empty if none or nothing listens. */
    Optional<String> greeting(String host, int port);

    /** The directories of PATH, in order, as {@link ServerSourceOrder.Machine#pathDirectories()} reads them. */
    default List<String> pathDirectories() {
        return variable("PATH")
                .map(path -> List.of(path.split(File.pathSeparator)))
                .orElse(List.of());
    }

    /** The real machine. */
    static DoctorHost system() {
        return new DoctorHost() {
            @Override
            public Optional<String> variable(String name) {
                return ServerSourceOrder.Machine.systemVariable(name);
            }

            @Override
            public boolean isExecutable(Path file) {
                return ServerSourceOrder.Machine.isExecutableFile(file);
            }

            @Override
            public boolean exists(Path file) {
                return Files.exists(file);
            }

            @Override
            public boolean windows() {
                return System.getProperty("os.name", "")
                        .toLowerCase(Locale.ROOT)
                        .startsWith("windows");
            }

            @Override
            public int javaVersion() {
                return Runtime.version().feature();
            }

            @Override
            public String javaDescription() {
                return "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ") at "
                        + System.getProperty("java.home");
            }

            @Override
            public boolean hasCompiler() {
                return javax.tools.ToolProvider.getSystemJavaCompiler() != null;
            }

            @Override
            public Optional<String> run(List<String> command, Duration timeout) {
                try {
                    Process process = new ProcessBuilder(command)
                            .redirectErrorStream(true)
                            .start();
                    process.getOutputStream().close();
                    byte[][] output = new byte[1][];
                    Thread reader = Thread.ofVirtual().start(() -> {
                        try (InputStream in = process.getInputStream()) {
                            output[0] = in.readAllBytes();
                        } catch (IOException e) {
                            output[0] = new byte[0];
                        }
                    });
                    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                        process.destroyForcibly();
                        return Optional.empty();
                    }
                    reader.join(1000);
                    return process.exitValue() == 0 && output[0] != null
                            ? Optional.of(new String(output[0], StandardCharsets.UTF_8))
                            : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }

            @Override
            public boolean portFree(int port) {
                try (ServerSocket socket = new ServerSocket()) {
                    socket.setReuseAddress(false);
                    socket.bind(new InetSocketAddress(port));
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }

            @Override
            public Optional<String> greeting(String host, int port) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(host, port), 1000);
                    socket.setSoTimeout(1000);
                    InputStream in = socket.getInputStream();
                    StringBuilder line = new StringBuilder();
                    try {
                        for (int c = in.read(); c >= 0 && c != '\n' && line.length() < 4096; c = in.read()) {
                            line.append((char) c);
                        }
                    } catch (java.net.SocketTimeoutException silent) {
                        // something listens but says nothing: not a NATS server
                    }
                    return Optional.of(line.toString().strip());
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        };
    }
}
