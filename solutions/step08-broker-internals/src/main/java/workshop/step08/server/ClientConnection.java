package workshop.step08.server;

import workshop.step08.protocol.ProtocolError;
import workshop.step08.protocol.ProtocolParser;
import workshop.step08.protocol.ProtocolViolation;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * One client's socket and the two threads that serve it: a reader (this {@link Runnable}) that
 * feeds every byte the client sends to the {@link ProtocolParser}, and a writer that drains the
 * {@link OutboundBuffer} to the socket. Virtual threads make a pair per client cheap, so the code
 * can simply block. Whatever goes wrong with one client (bad input, a slow reader, a vanished
 * socket, a bug in a handler) closes that client only.
 */
public final class ClientConnection implements Runnable {

    private static final int READ_BUFFER_SIZE = 32 * 1024;
    private static final long CLOSE_FLUSH_MILLIS = 500;

    private final long id;
    private final Socket socket;
    private final NatsBroker broker;
    private final ClientSession session;
    private final OutboundBuffer outbound;
    private final Instant started = Instant.now();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final LongAdder inMsgs = new LongAdder();
    private final LongAdder inBytes = new LongAdder();
    private final LongAdder outMsgs = new LongAdder();
    private final LongAdder outBytes = new LongAdder();
    private volatile Thread writer;
    private volatile String closeReason;

    ClientConnection(long id, Socket socket, NatsBroker broker) {
        this.id = id;
        this.socket = socket;
        this.broker = broker;
        this.session = new ClientSession(this, broker);
        this.outbound = new OutboundBuffer(broker.options().maxPendingBytes());
    }

    @Override
    public void run() {
        writer = Thread.ofVirtual().name("nats-writer-" + id).start(this::writeLoop);
        try {
            session.start();
            ProtocolParser parser = new ProtocolParser(session, broker.options().maxControlLine(), broker.options().maxPayload());
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[READ_BUFFER_SIZE];
            int read;
            while (!closed.get() && (read = in.read(buffer)) > 0) {
                parser.parse(buffer, 0, read);
            }
            closeReason = "client closed the connection";
        } catch (ProtocolViolation violation) {
            closeReason = violation.getMessage();
            byte[] line = violation.error().line();
            if (line != null) {
                outbound.append(line);
            }
        } catch (IOException e) {
            closeReason = "read failed: " + e.getMessage();
        } catch (RuntimeException | Error e) {
            closeReason = "broker failure: " + e;
            broker.recordFailure(this, e);
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

    /** Queues a control line for this client (INFO, +OK, PONG, -ERR …). */
    void queue(byte[] line) {
        if (!outbound.append(line)) {
            slowConsumer();
        }
    }

    /** Sends {@code -ERR '…'} for an error that leaves the connection open. */
    void sendError(ProtocolError error) {
        queue(error.line());
    }

    /** Queues one message for this client; false (and the client is closed) when it is too slow. */
    boolean deliver(byte[] head, byte[] payload, int offset, int length) {
        if (!outbound.appendMessage(head, payload, offset, length)) {
            slowConsumer();
            return false;
        }
        outMsgs.increment();
        outBytes.add(length);
        broker.stats().outMsgs.increment();
        broker.stats().outBytes.add(length);
        return true;
    }

    void countInbound(int bytes) {
        inMsgs.increment();
        inBytes.add(bytes);
        broker.stats().inMsgs.increment();
        broker.stats().inBytes.add(bytes);
    }

    private void slowConsumer() {
        if (!closed.get()) {
            closeReason = "slow consumer: more than " + broker.options().maxPendingBytes() + " bytes pending";
            broker.stats().slowConsumers.increment();
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
            broker.recordFailure(this, e);
        }
        broker.unregister(this);
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
        } catch (SocketException | java.net.SocketTimeoutException ignored) {
            // done waiting
        }
    }

    public long id() {
        return id;
    }

    public String remoteHost() {
        return socket.getInetAddress().getHostAddress();
    }

    public int remotePort() {
        return socket.getPort();
    }

    public Instant started() {
        return started;
    }

    public ClientSession session() {
        return session;
    }

    public long pendingBytes() {
        return outbound.pendingBytes();
    }

    public long inMsgs() {
        return inMsgs.sum();
    }

    public long inBytes() {
        return inBytes.sum();
    }

    public long outMsgs() {
        return outMsgs.sum();
    }

    public long outBytes() {
        return outBytes.sum();
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Why the connection closed, once it has. */
    public String closeReason() {
        return closeReason;
    }
}
