package workshop.step08.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import workshop.step08.monitoring.BrokerView;
import workshop.step08.protocol.ProtocolParser;
import workshop.step08.protocol.ProtocolViolation;

/**
 * One client's socket and the two threads that serve it: a reader that feeds every byte the client
 * sends to a {@link ProtocolParser} and so to the client's {@link ClientSession}, and a writer that
 * drains the {@link OutboundBuffer} to the socket. Virtual threads make a pair per client cheap, so
 * the code can simply block. Whatever goes wrong with one client (bad input, a slow reader, a
 * vanished socket, a bug in a handler) closes that client only.
 */
public final class ClientConnection implements ClientChannel {

    private static final int READ_BUFFER_SIZE = 32 * 1024;
    private static final long CLOSE_FLUSH_MILLIS = 500;

    private final long id;
    private final Socket socket;
    private final ClientLimits limits;
    private final BrokerStats totals;
    private final FailureLog failures;
    private final Runnable onClosed;
    private final ClientSession session;
    private final OutboundBuffer outbound;
    private final TrafficCounter traffic = new TrafficCounter();
    private final Instant started = Instant.now();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Thread writer;

    /**
     * @param totals     the broker's totals, counted together with this connection's own traffic
     * @param failures   where exceptions that escape the session go
     * @param onClosed   runs once when the connection has closed (the broker forgets it)
     * @param sessionFor makes this client's session, given this connection as the session's channel
     */
    ClientConnection(
            long id,
            Socket socket,
            ClientLimits limits,
            BrokerStats totals,
            FailureLog failures,
            Runnable onClosed,
            Function<ClientChannel, ClientSession> sessionFor) {
        this.id = id;
        this.socket = socket;
        this.limits = limits;
        this.totals = totals;
        this.failures = failures;
        this.onClosed = onClosed;
        this.outbound = new OutboundBuffer(limits.maxPendingBytes());
        this.session = sessionFor.apply(this);
    }

    /** Starts the writer and the reader: from now on, what the client sends goes to its session. */
    void start() {
        writer = Thread.ofVirtual().name("nats-writer-" + id).start(this::writeLoop);
        Thread.ofVirtual().name("nats-reader-" + id).start(this::readLoop);
    }

    private void readLoop() {
        try {
            session.start();
            ProtocolParser parser = new ProtocolParser(session, limits.maxControlLine(), limits.maxPayload());
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[READ_BUFFER_SIZE];
            int read;
            while (!closed.get() && (read = in.read(buffer)) > 0) {
                parser.parse(buffer, 0, read);
            }
            // end of stream: the client closed the connection, or close() ended the loop
        } catch (ProtocolViolation violation) {
            violation.error().line().ifPresent(outbound::append); // the last words, if nats-server has any
        } catch (IOException e) {
            // the socket failed or was closed under us (a slow consumer, the broker closing): nothing to tell
        } catch (RuntimeException | Error e) {
            failures.record("client " + id, e); // not the client's fault: an unsolved exercise, or a bug
        } finally {
            close(true);
        }
    }

    private void writeLoop() {
        try {
            outbound.drainTo(socket.getOutputStream());
        } catch (IOException | InterruptedException e) {
            close(false);
        }
    }

    // ---- ClientChannel: what the session sends and counts ----

    @Override
    public void sendLine(byte[] line) {
        if (!outbound.append(line)) {
            slowConsumer();
        }
    }

    @Override
    public boolean sendMessage(byte[] head, byte[] payload, int offset, int length) {
        if (!outbound.appendMessage(head, payload, offset, length)) {
            slowConsumer();
            return false;
        }
        traffic.countOut(length);
        totals.traffic().countOut(length);
        return true;
    }

    @Override
    public void countPublished(int bytes) {
        traffic.countIn(bytes);
        totals.traffic().countIn(bytes);
    }

    private void slowConsumer() {
        if (!closed.get()) { // more than limits.maxPendingBytes() would be waiting for it
            totals.countSlowConsumer();
            close(false);
        }
    }

    /**
     * Closes once. {@code flush}: give the writer a moment to send what is queued (a final -ERR);
     * otherwise drop it (a slow consumer would never read it anyway).
     */
    void close(boolean flush) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            session.closed();
        } catch (RuntimeException e) {
            failures.record("client " + id, e);
        }
        onClosed.run();
        outbound.close();
        try {
            if (flush && writer != null && Thread.currentThread() != writer) {
                writer.join(CLOSE_FLUSH_MILLIS);
                socket.shutdownOutput();
                discardInput();
            }
        } catch (IOException | InterruptedException ignored) {
            // closing anyway
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    /**
     * Reads what the client still sends for a moment before the socket closes: closing a socket with
     * unread input makes the kernel reset the connection, and the client might lose our last -ERR.
     */
    private void discardInput() throws IOException {
        socket.setSoTimeout(50);
        byte[] sink = new byte[8192];
        try {
            InputStream in = socket.getInputStream();
            for (int total = 0; total < 1024 * 1024; ) {
                int read = in.read(sink);
                if (read < 0) {
                    return;
                }
                total += read;
            }
        } catch (SocketException | SocketTimeoutException ignored) {
            // done waiting
        }
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String remoteHost() {
        return socket.getInetAddress().getHostAddress();
    }

    public int remotePort() {
        return socket.getPort();
    }

    public Instant started() {
        return started;
    }

    public long pendingBytes() {
        return outbound.pendingBytes();
    }

    /** This client's own messages in and out. */
    public TrafficCounter traffic() {
        return traffic;
    }

    /** What {@code /connz} shows of this client. */
    public BrokerView.Client describe() {
        ConnectOptions options = session.options();
        return new BrokerView.Client(
                id,
                remoteHost(),
                remotePort(),
                started,
                options.client().name(),
                options.client().lang(),
                options.client().version(),
                session.subscriptions().size(),
                pendingBytes(),
                traffic.snapshot());
    }
}
