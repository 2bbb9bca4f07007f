package workshop.step08.server;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundBufferTest {

    private static final String WHERE = "(README.md#85-bound-what-a-slow-client-can-cost)";

    @Test
    @DisplayName("8.5 writes what was appended, in order, and drainTo returns after close once everything is written")
    void writesInOrder() throws Exception {
        OutboundBuffer buffer = new OutboundBuffer(1 << 20);
        ByteArrayOutputStream socket = new ByteArrayOutputStream();
        assertThat(buffer.append("INFO {}\r\n".getBytes(StandardCharsets.ISO_8859_1)))
                .as("Exercise 8.5: append to an empty buffer %s", WHERE).isTrue();
        assertThat(buffer.appendMessage("MSG a 1 3\r\n".getBytes(StandardCharsets.ISO_8859_1), "xabcx".getBytes(StandardCharsets.ISO_8859_1), 1, 3))
                .as("Exercise 8.5: appendMessage %s", WHERE).isTrue();
        buffer.close();

        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                buffer.drainTo(socket);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(writer.join(Duration.ofSeconds(2))).as("Exercise 8.5: drainTo returns after close %s", WHERE).isTrue();
        assertThat(socket.toString(StandardCharsets.ISO_8859_1)).as("Exercise 8.5: the bytes written %s", WHERE)
                .isEqualTo("INFO {}\r\nMSG a 1 3\r\nabc\r\n");
        assertThat(buffer.pendingBytes()).as("Exercise 8.5: pending bytes once written %s", WHERE).isZero();
    }

    @Test
    @DisplayName("8.5 never interleaves messages appended by many threads at once")
    void appendsAreAtomic() throws Exception {
        OutboundBuffer buffer = new OutboundBuffer(64L << 20);
        ByteArrayOutputStream socket = new ByteArrayOutputStream();
        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                buffer.drainTo(socket);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        int threads = 4;
        int perThread = 2000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        byte[] payload = ("t" + thread + "-" + i).getBytes(StandardCharsets.ISO_8859_1);
                        buffer.appendMessage(("MSG t" + thread + " 1 " + payload.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1), payload, 0, payload.length);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        buffer.close();
        writer.join(Duration.ofSeconds(5));

        String[] lines = socket.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        assertThat(lines).as("Exercise 8.5: lines written for %d messages %s", threads * perThread, WHERE).hasSize(2 * threads * perThread);
        int[] next = new int[threads];
        for (int i = 0; i < lines.length; i += 2) {
            String head = lines[i];
            assertThat(head).as("Exercise 8.5: line %d must be a MSG line (interleaved writes?) %s", i, WHERE).startsWith("MSG t");
            int thread = head.charAt(5) - '0';
            assertThat(lines[i + 1]).as("Exercise 8.5: the payload after %s, in the order the thread appended %s", head, WHERE)
                    .isEqualTo("t" + thread + "-" + next[thread]++);
        }
    }

    @Test
    @DisplayName("8.5 refuses an append that would pass maxPendingBytes, so a stuck client costs bounded memory")
    void isBounded() {
        OutboundBuffer buffer = new OutboundBuffer(10_000);
        byte[] head = "MSG x 1 1000\r\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] payload = new byte[1000];
        int accepted = 0;
        boolean refused = false;
        for (int i = 0; i < 50 && !refused; i++) {
            if (buffer.appendMessage(head, payload, 0, payload.length)) {
                accepted++;
            } else {
                refused = true;
            }
        }
        assertThat(refused).as("Exercise 8.5: with nobody draining, an append must eventually be refused %s", WHERE).isTrue();
        assertThat(accepted).as("Exercise 8.5: messages of 1016 bytes accepted under a bound of 10000 %s", WHERE).isEqualTo(9);
        assertThat(buffer.pendingBytes()).as("Exercise 8.5: pending bytes %s", WHERE).isLessThanOrEqualTo(10_000);
    }
}
