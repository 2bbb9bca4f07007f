package workshop.step08.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import workshop.testkit.Exercise;

/**
 * A client that speaks the protocol by hand, like {@code telnet}: sends raw text, reads what the
 * broker answers. Reads wait at most {@link #READ_TIMEOUT_MILLIS}; failures name the exercise.
 */
public final class RawClient implements AutoCloseable {

    public static final int READ_TIMEOUT_MILLIS = 3000;

    private final Exercise exercise;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Supplier<String> brokerFailures;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean endOfStream;

    private RawClient(Exercise exercise, Socket socket, Supplier<String> brokerFailures) throws IOException {
        this.exercise = exercise;
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.brokerFailures = brokerFailures;
    }

    static RawClient connect(Exercise exercise, int port, Supplier<String> brokerFailures) {
        return connect(exercise, port, brokerFailures, -1);
    }

    /** A raw client whose kernel receive buffer is small, so that it can play a slow consumer. */
    static RawClient connect(Exercise exercise, int port, Supplier<String> brokerFailures, int receiveBufferSize) {
        try {
            Socket socket = new Socket();
            if (receiveBufferSize > 0) {
                socket.setReceiveBufferSize(receiveBufferSize);
            }
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), READ_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            return new RawClient(exercise, socket, brokerFailures);
        } catch (IOException e) {
            throw new AssertionError(exercise.says("could not open a TCP connection to the broker: " + e), e);
        }
    }

    public RawClient send(String text) {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public RawClient send(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    exercise.says("could not send to the broker: " + e) + brokerFailures.get(), e);
        }
        return this;
    }

    /** Sends, swallowing the error of a connection the broker already closed (what an abusive client would see). */
    public void sendQuietly(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException ignored) {
            // the broker closed us: that is what the test provokes
        }
    }

    /** The bytes of the broker's very first write, as text: it must be INFO alone. */
    public String firstRead() {
        byte[] buffer = new byte[65536];
        try {
            int read = in.read(buffer);
            if (read < 0) {
                throw new AssertionError(
                        exercise.says("the broker closed the connection before sending INFO") + brokerFailures.get());
            }
            return new String(buffer, 0, read, StandardCharsets.UTF_8);
        } catch (SocketTimeoutException e) {
            throw new AssertionError(exercise.says(
                            "the broker sent nothing within " + READ_TIMEOUT_MILLIS + " ms of accepting the connection")
                    + brokerFailures.get());
        } catch (IOException e) {
            throw new AssertionError(exercise.says("reading INFO failed: " + e) + brokerFailures.get(), e);
        }
    }

    /** Reads up to and including the first occurrence of {@code expected}; fails (naming the exercise) on timeout or close. */
    public String readUntil(String expected) {
        long deadline = System.currentTimeMillis() + READ_TIMEOUT_MILLIS;
        while (true) {
            String text = received.toString(StandardCharsets.ISO_8859_1);
            int at = text.indexOf(expected);
            if (at >= 0) {
                int end = at + expected.length();
                byte[] all = received.toByteArray();
                received.reset();
                received.write(all, end, all.length - end);
                return text.substring(0, end);
            }
            if (endOfStream || System.currentTimeMillis() > deadline || !readMore(deadline)) {
                throw new AssertionError(exercise.says("expected the broker to send " + printable(expected)
                                + ", but it sent " + printable(text)
                                + (endOfStream ? " and closed the connection" : " and then nothing"))
                        + brokerFailures.get());
            }
        }
    }

    /** Everything until the broker closes the connection; fails if it stays open longer than the read timeout. */
    public String readUntilClosed() {
        long deadline = System.currentTimeMillis() + READ_TIMEOUT_MILLIS;
        while (!endOfStream) {
            if (System.currentTimeMillis() > deadline || !readMore(deadline)) {
                throw new AssertionError(exercise.says("expected the broker to close the connection; it sent "
                                + printable(received.toString(StandardCharsets.ISO_8859_1)) + " and kept it open")
                        + brokerFailures.get());
            }
        }
        String text = received.toString(StandardCharsets.ISO_8859_1);
        received.reset();
        return text;
    }

    private boolean readMore(long deadline) {
        byte[] buffer = new byte[65536];
        try {
            socket.setSoTimeout((int) Math.max(1, deadline - System.currentTimeMillis()));
            int read = in.read(buffer);
            if (read < 0) {
                endOfStream = true;
            } else {
                received.write(buffer, 0, read);
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            endOfStream = true; // a reset is a close, too
            return true;
        }
    }

    /** Closes without saying goodbye: the abrupt disconnect of a crashed client. */
    public void abort() {
        try {
            socket.setSoLinger(true, 0); // RST instead of FIN
            socket.close();
        } catch (IOException ignored) {
            // gone
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // gone
        }
    }

    public static String printable(String text) {
        String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
        return "\"" + shown.replace("\r", "\\r").replace("\n", "\\n") + "\"";
    }
}
