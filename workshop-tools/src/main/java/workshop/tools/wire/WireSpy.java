package workshop.tools.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.LocalTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A proxy between NATS clients and a server that shows every protocol frame going through it. It
 * listens on loopback; each client connection gets its own connection to the server, and two
 * threads copy the bytes, one each way, unchanged. Each chunk read is parsed first, with a
 * {@link FrameParser} per direction, its frames described and handed to the listener, then
 * forwarded: so a request is known before its reply can come back, and the lines keep the order
 * of the wire. (A slow listener slows the connection down; the tools' listeners only print.)
 *
 * <p>Plain JDK sockets, nothing else. After an INFO that requires TLS the bytes are encrypted: the
 * spy says so and forwards the rest unread.
 */
public final class WireSpy implements AutoCloseable {

    private final ServerSocket listener;
    private final InetSocketAddress server;
    private final Consumer<WireEvent> events;
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    /**
     * Starts listening on {@code 127.0.0.1:port} (0: a free port) and forwarding to {@code server}.
     *
     * @param events gets every frame and note, from the spy's threads (one at a time per direction)
     */
    public WireSpy(int port, InetSocketAddress server, Consumer<WireEvent> events) throws IOException {
        this.server = server;
        this.events = events;
        this.listener = new ServerSocket();
        listener.setReuseAddress(true);
        listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        this.acceptor = Thread.ofPlatform().daemon().name("wire-spy-accept").start(this::accept);
    }

    /** The port clients connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** {@code nats://127.0.0.1:<port>}: the URL to give a client instead of the server's. */
    public String url() {
        return "nats://127.0.0.1:" + port();
    }

    /** {@code nats://host:port} (also {@code host:port}, {@code nats://user:pass@host}) as an address; port 4222 when none. */
    public static InetSocketAddress address(String url) {
        String first = url.split(",")[0]
                .strip()
                .replaceFirst("^[a-zA-Z]+://", "")
                .replaceFirst("^[^@/]*@", "")
                .replaceAll("/.*$", "");
        int colon = first.lastIndexOf(':');
        if (colon < 0 || first.endsWith("]")) {
            return InetSocketAddress.createUnresolved(first, 4222);
        }
        try {
            return InetSocketAddress.createUnresolved(
                    first.substring(0, colon).replaceAll("^\\[|]$", ""), Integer.parseInt(first.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + url + "' is not a NATS URL like nats://127.0.0.1:4222");
        }
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return; // closed
            }
            int id = connections.incrementAndGet();
            Thread.ofPlatform().daemon().name("wire-spy-c" + id).start(() -> connect(id, client));
        }
    }

    private void connect(int id, Socket client) {
        Socket upstream = new Socket();
        open.add(client);
        open.add(upstream);
        try {
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            upstream.connect(new InetSocketAddress(server.getHostString(), server.getPort()), 5_000);
        } catch (IOException e) {
            note(
                    id,
                    "cannot reach the server at " + server.getHostString() + ":" + server.getPort() + " ("
                            + e.getMessage() + "): closing the client");
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        note(
                id,
                "client " + client.getRemoteSocketAddress() + " connected; forwarding to " + server.getHostString()
                        + ":" + server.getPort());
        Conversation conversation = new Conversation();
        AtomicBoolean ended = new AtomicBoolean();
        Thread toServer = Thread.ofPlatform()
                .daemon()
                .name("wire-spy-c" + id + "-out")
                .start(() -> pump(id, client, upstream, Direction.CLIENT_TO_SERVER, conversation, ended));
        pump(id, upstream, client, Direction.SERVER_TO_CLIENT, conversation, ended);
        try {
            toServer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        open.remove(client);
        open.remove(upstream);
    }

    /** Copies one direction until it ends, then closes both sides, and describes what it copied. */
    private void pump(
            int id, Socket from, Socket to, Direction direction, Conversation conversation, AtomicBoolean ended) {
        FrameParser parser = new FrameParser();
        byte[] buffer = new byte[64 * 1024];
        boolean saidEncrypted = false;
        String why = "";
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                // Described before forwarded: a request is known before its reply can come back, and the lines keep the
                // wire's order.
                if (conversation.isEncrypted()) {
                    if (!saidEncrypted) {
                        note(id, "TLS: from here on the bytes are encrypted; the spy forwards them unread");
                        saidEncrypted = true;
                    }
                } else {
                    for (Frame frame : parser.feed(buffer, 0, n)) {
                        String text;
                        try {
                            text = FrameDescriber.describe(frame, direction, conversation);
                        } catch (
                                RuntimeException
                                        e) { // a frame the describer did not expect: show it raw rather than stop
                            // forwarding
                            text = frame + "  [the spy could not describe it: " + e + "]";
                        }
                        events.accept(new WireEvent(LocalTime.now(), id, direction, frame, text));
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
            why = direction == Direction.CLIENT_TO_SERVER ? "closed by the client" : "closed by the server";
        } catch (SocketException e) {
            why = closed ? "closed: the spy stops" : "closed";
        } catch (IOException e) {
            why = "ended: " + e.getMessage();
        } finally {
            boolean first = ended.compareAndSet(false, true); // the other direction ends because this one closed both
            closeQuietly(from);
            closeQuietly(to);
            if (first) {
                note(id, why);
            }
        }
    }

    private void note(int id, String text) {
        events.accept(new WireEvent(LocalTime.now(), id, null, null, text));
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    /** Stops listening and closes every connection going through the spy. */
    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            open.forEach(WireSpy::closeQuietly);
            try {
                acceptor.join(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
