package workshop.step08.server;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The bytes waiting to be written to one client. Any thread may append (every publisher delivers
 * to this client from its own reader thread); one writer thread drains the buffer to the socket.
 * Each append lands whole and in order, so two messages never interleave on the wire.
 *
 * <p>The buffer is bounded. When a client reads more slowly than others publish to it, appends
 * first <em>stall</em> for a moment (once the buffer is three quarters full), which slows the
 * publishers down a little; if the client still does not catch up, an append that would go past
 * {@code maxPendingBytes} is refused and the connection is closed as a slow consumer. Its memory
 * stays bounded and every other client goes on as before.
 *
 * <p>Two arrays take turns: appenders fill one ({@code filling}) while the writer writes the other
 * ({@code writing}), so appending never waits for the network.
 */
public final class OutboundBuffer {

    /** The longest one append waits for a full buffer to drain before going on. */
    static final long STALL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    private static final byte[] CRLF = {'\r', '\n'};
    private static final int INITIAL_CAPACITY = 16 * 1024;

    private final long maxPendingBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition dataAvailable = lock.newCondition();
    private final Condition drained = lock.newCondition();

    private byte[] filling = new byte[INITIAL_CAPACITY];
    private int filled;
    private byte[] writing = new byte[INITIAL_CAPACITY]; // the writer's array while it writes
    private int inFlight; // bytes the writer has taken but not yet written
    private boolean closed;

    public OutboundBuffer(long maxPendingBytes) {
        this.maxPendingBytes = maxPendingBytes;
    }

    /** Queues a control line (INFO, +OK, PONG, -ERR…). False when closed or when it would go past the bound. */
    public boolean append(byte[] line) {
        lock.lock();
        try {
            if (!reserve(line.length)) {
                return false;
            }
            put(line, 0, line.length);
            wakeWriterIfFirst(line.length);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues {@code head}, then {@code payload[offset .. offset + length)} and {@code \r\n}, as one unit.
     *
     * @return false when the buffer is closed or the bytes would take it past {@code maxPendingBytes}:
     * nothing is queued, and the caller treats the client as a slow consumer
     */
    public boolean appendMessage(byte[] head, byte[] payload, int offset, int length) {
        int size = head.length + length + CRLF.length;
        lock.lock();
        try {
            if (!reserve(size)) {
                return false;
            }
            put(head, 0, head.length);
            put(payload, offset, length);
            put(CRLF, 0, CRLF.length);
            wakeWriterIfFirst(size);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Makes room for {@code size} more bytes, or says there is none. Called with the lock held.
     *
     * @return false when the buffer is closed or {@code size} more bytes would take it past {@code maxPendingBytes}
     */
    private boolean reserve(int size) {
        // TODO Exercise 8.5: Stall briefly while the buffer is 3/4 full; refuse what would pass the bound (or a closed
        // buffer); make filling large enough.
        throw new UnsupportedOperationException("Exercise 8.5 is not solved yet: Bound what a slow client can cost. Read step08-broker-internals/README.md#85-bound-what-a-slow-client-can-cost");
    }

    /** Copies bytes to the end of {@code filling}, which {@link #reserve} made large enough. */
    private void put(byte[] bytes, int offset, int length) {
        System.arraycopy(bytes, offset, filling, filled, length);
        filled += length;
    }

    /** After an append of {@code size} bytes: if they are all that is queued, the writer may be waiting for them. */
    private void wakeWriterIfFirst(int size) {
        if (filled == size) {
            dataAvailable.signal();
        }
    }

    /**
     * The writer's loop: waits for bytes, writes them, and repeats until {@link #close()}; then
     * writes whatever is still queued and returns.
     */
    public void drainTo(OutputStream out) throws IOException, InterruptedException {
        while (true) {
            int length = takeBatch();
            if (length < 0) {
                return; // closed, and everything has been written
            }
            out.write(writing, 0, length); // outside the lock: appenders go on meanwhile
            out.flush();
            lock.lock();
            try {
                inFlight = 0;
                drained.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /**
     * Waits until bytes are queued or the buffer is closed, then swaps the arrays: what was queued
     * becomes {@code writing}, and appenders continue in the other array.
     *
     * @return how many bytes of {@code writing} to write, or -1 when the buffer is closed and empty
     */
    private int takeBatch() throws InterruptedException {
        lock.lock();
        try {
            // TODO Exercise 8.5: Wait for bytes (or the close); swap filling and writing; count them as in flight.
            throw new UnsupportedOperationException("Exercise 8.5 is not solved yet: Bound what a slow client can cost. Read step08-broker-internals/README.md#85-bound-what-a-slow-client-can-cost");
        } finally {
            lock.unlock();
        }
    }

    /** No more appends; {@link #drainTo} writes what is queued and returns. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            dataAvailable.signalAll();
            drained.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Bytes queued or being written. */
    public long pendingBytes() {
        lock.lock();
        try {
            return pending();
        } finally {
            lock.unlock();
        }
    }

    private long pending() {
        return (long) filled + inFlight;
    }

    private void ensureCapacity(int needed) {
        if (needed > filling.length) {
            byte[] larger = new byte[Math.max(needed, filling.length * 2)];
            System.arraycopy(filling, 0, larger, 0, filled);
            filling = larger;
        }
    }
}
