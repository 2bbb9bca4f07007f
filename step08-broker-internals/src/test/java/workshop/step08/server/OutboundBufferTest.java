package workshop.step08.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;

/** Exercise 8.5: appends land whole and in order, and a client that does not read costs bounded memory. */
class OutboundBufferTest {

    private static final Exercise EXERCISE = Exercise.of("8.5");

    @Test
    @DisplayName("8.5 writes what was appended, in order, and drainTo returns after close once everything is written")
    void writesInOrder() throws Exception {
        OutboundBuffer buffer = new OutboundBuffer(1 << 20);
        ByteArrayOutputStream socket = new ByteArrayOutputStream();
        assertThat(buffer.append("INFO {}\r\n".getBytes(StandardCharsets.ISO_8859_1)))
                .as(EXERCISE.says("append to an empty buffer"))
                .isTrue();
        assertThat(buffer.appendMessage(
                        "MSG a 1 3\r\n".getBytes(StandardCharsets.ISO_8859_1),
                        "xabcx".getBytes(StandardCharsets.ISO_8859_1),
                        1,
                        3))
                .as(EXERCISE.says("appendMessage"))
                .isTrue();
        buffer.close();

        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                buffer.drainTo(socket);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(writer.join(Duration.ofSeconds(2)))
                .as(EXERCISE.says("drainTo returns after close"))
                .isTrue();
        assertThat(socket.toString(StandardCharsets.ISO_8859_1))
                .as(EXERCISE.says("the bytes written (drainTo writes everything queued before close, then returns)"))
                .isEqualTo("INFO {}\r\nMSG a 1 3\r\nabc\r\n");
        assertThat(buffer.pendingBytes())
                .as(EXERCISE.says("pending bytes once written"))
                .isZero();
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
                        buffer.appendMessage(
                                ("MSG t" + thread + " 1 " + payload.length + "\r\n")
                                        .getBytes(StandardCharsets.ISO_8859_1),
                                payload,
                                0,
                                payload.length);
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
        assertThat(lines)
                .as(EXERCISE.says("lines written for %d messages", threads * perThread))
                .hasSize(2 * threads * perThread);
        int[] next = new int[threads];
        for (int i = 0; i < lines.length; i += 2) {
            String head = lines[i];
            assertThat(head)
                    .as(EXERCISE.says("line %d must be a MSG line (interleaved writes?)", i))
                    .startsWith("MSG t");
            int thread = head.charAt(5) - '0';
            assertThat(lines[i + 1])
                    .as(EXERCISE.says("the payload after %s, in the order the thread appended", head))
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
        assertThat(refused)
                .as(EXERCISE.says("with nobody draining, an append must eventually be refused"))
                .isTrue();
        assertThat(accepted)
                .as(EXERCISE.says("messages of 1016 bytes accepted under a bound of 10000 (refuse the append that"
                        + " would pass the bound, before it is queued)"))
                .isEqualTo(9);
        assertThat(buffer.pendingBytes()).as(EXERCISE.says("pending bytes")).isLessThanOrEqualTo(10_000);
    }
}
