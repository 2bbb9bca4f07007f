package workshop.step08.server;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step08.support.Exercise;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OutboundBufferTest {

    private static final String WHERE = "(README.md#87-bound-what-a-slow-client-can-cost)";

    @Test
    @DisplayName("8.7 writes what was appended, in order, and drainTo returns after close once everything is written")
    void writesInOrder() throws Exception {
        OutboundBuffer buffer = new OutboundBuffer(1 << 20);
        ByteArrayOutputStream socket = new ByteArrayOutputStream();
        assertThat(buffer.append("INFO {}\r\n".getBytes(StandardCharsets.ISO_8859_1)))
                .as("Exercise 8.7: append to an empty buffer %s", WHERE).isTrue();
        assertThat(buffer.appendMessage("MSG a 1 3\r\n".getBytes(StandardCharsets.ISO_8859_1), "xabcx".getBytes(StandardCharsets.ISO_8859_1), 1, 3))
                .as("Exercise 8.7: appendMessage %s", WHERE).isTrue();
        buffer.close();

        Thread writer = Thread.ofVirtual().start(() -> {
            try {
                buffer.drainTo(socket);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        assertThat(writer.join(Duration.ofSeconds(2))).as("Exercise 8.7: drainTo returns after close %s", WHERE).isTrue();
        assertThat(socket.toString(StandardCharsets.ISO_8859_1)).as("Exercise 8.7: the bytes written %s", WHERE)
                .isEqualTo("INFO {}\r\nMSG a 1 3\r\nabc\r\n");
        assertThat(buffer.pendingBytes()).as("Exercise 8.7: pending bytes once written %s", WHERE).isZero();
    }

    @Test
    @DisplayName("8.7 never interleaves messages appended by many threads at once")
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
        assertThat(lines).as("Exercise 8.7: lines written for %d messages %s", threads * perThread, WHERE).hasSize(2 * threads * perThread);
        int[] next = new int[threads];
        for (int i = 0; i < lines.length; i += 2) {
            String head = lines[i];
            assertThat(head).as("Exercise 8.7: line %d must be a MSG line (interleaved writes?) %s", i, WHERE).startsWith("MSG t");
            int thread = head.charAt(5) - '0';
            assertThat(lines[i + 1]).as("Exercise 8.7: the payload after %s, in the order the thread appended %s", head, WHERE)
                    .isEqualTo("t" + thread + "-" + next[thread]++);
        }
    }

    @Test
    @DisplayName("8.7 refuses an append that would pass maxPendingBytes, so a stuck client costs bounded memory")
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
        assertThat(refused).as("Exercise 8.7: with nobody draining, an append must eventually be refused %s", WHERE).isTrue();
        assertThat(accepted).as("Exercise 8.7: messages of 1016 bytes accepted under a bound of 10000 %s", WHERE).isEqualTo(9);
        assertThat(buffer.pendingBytes()).as("Exercise 8.7: pending bytes %s", WHERE).isLessThanOrEqualTo(10_000);
    }

    @Test
    @DisplayName("8.7 disconnects a client that stops reading, counts a slow consumer, and keeps serving the others")
    void slowConsumerIsCutOff() throws Exception {
        long bound = 256 * 1024;
        try (TestBroker broker = TestBroker.start(Exercise.OUTBOUND, workshop.step08.server.BrokerOptions.defaults().withMaxPendingBytes(bound));
             RawClient stuck = broker.rawWithReceiveBuffer(4096);
             Connection healthy = broker.connect();
             Connection publisher = broker.connect()) {
            stuck.firstRead();
            stuck.send("CONNECT {\"verbose\":false}\r\nSUB firehose 1\r\nPING\r\n");
            stuck.readUntil("PONG\r\n");
            AtomicInteger received = new AtomicInteger();
            CountDownLatch all = new CountDownLatch(1);
            int messages = 2000;
            Dispatcher dispatcher = healthy.createDispatcher(msg -> {
                if (received.incrementAndGet() == messages) {
                    all.countDown();
                }
            });
            dispatcher.subscribe("firehose");
            healthy.flush(Duration.ofSeconds(2));

            byte[] payload = new byte[8 * 1024]; // 2000 x 8 KiB = 16 MiB: more than the kernel buffers can hide
            for (int i = 0; i < messages; i++) {
                publisher.publish("firehose", payload);
            }
            publisher.flush(Duration.ofSeconds(5));

            assertThat(all.await(10, TimeUnit.SECONDS)).as(broker.describe("the reading subscriber receives all " + messages
                    + " messages (it got " + received.get() + ")")).isTrue();
            await().alias(broker.describe("the client that never reads is disconnected as a slow consumer"))
                    .atMost(Duration.ofSeconds(5)).until(() -> broker.broker().stats().slowConsumers() == 1);
            assertThat(broker.broker().connections()).as(broker.describe("connections left: the two jnats clients")).hasSize(2);
            for (ClientConnection connection : broker.broker().connections()) {
                assertThat(connection.pendingBytes()).as(broker.describe("pending bytes of a connection")).isLessThanOrEqualTo(bound);
            }
        }
    }
}
