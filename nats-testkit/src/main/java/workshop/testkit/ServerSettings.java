package workshop.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How to start one nats-server: its client port, its JetStream store, its name, and any further
 * command-line arguments (a cluster's {@code --cluster}/{@code --routes}, for example). Restarting
 * with the same settings brings back the same server: same port, same stored streams.
 */
public record ServerSettings(int port, Path storeDirectory, String name, List<String> extraArguments) {

    public ServerSettings {
        extraArguments = List.copyOf(extraArguments);
    }

    /** A server on a free loopback port with a new, empty store directory. */
    public static ServerSettings fresh(String name) {
        try {
            return new ServerSettings(freePort(), Files.createTempDirectory("nats-workshop-js-"), name, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a JetStream store directory", e);
        }
    }

    /** The same server with more command-line arguments. */
    public ServerSettings withArguments(List<String> more) {
        var all = new java.util.ArrayList<>(extraArguments);
        all.addAll(more);
        return new ServerSettings(port, storeDirectory, name, all);
    }

    /** A port nobody listens on right now (the OS picks it). */
    public static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port", e);
        }
    }
}
