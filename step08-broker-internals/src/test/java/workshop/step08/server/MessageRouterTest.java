package workshop.step08.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.Options;
import io.nats.client.Subscription;
import io.nats.client.impl.Headers;
import io.nats.client.impl.NatsMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.7: MSG and HMSG reach wildcard subscribers, queue groups, requesters and no-responders through jnats. */
@ExtendWith(SeededRandomResolver.class)
// The simplest first: the raw MSG and HMSG lines, then jnats, then many clients, so the first failure is the most
// specific one.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MessageRouterTest {

    private static final Exercise EXERCISE = Exercise.of("8.7");

    private static final Duration WAIT = Duration.ofSeconds(2);

    @RegisterExtension
    final TestBroker broker = TestBroker.forEachTest(EXERCISE);

    @Test
    @Order(1)
    @DisplayName("8.7 writes MSG and HMSG lines as nats-server does, with the reply subject only when there is one")
    void writesDeliveryLines() {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send(
                    "CONNECT {\"verbose\":false,\"headers\":true}\r\nSUB orders.* 7\r\n"
                            + "PUB orders.new 5\r\nhello\r\nPUB orders.new reply.me 2\r\nhi\r\nHPUB orders.new 12 14\r\nNATS/1.0\r\n\r\nhi\r\nPING\r\n");
            assertThat(client.readUntil("PONG\r\n"))
                    .as(broker.describe("the deliveries to sid 7: MSG <subject> <sid> [reply] <size>, the reply"
                            + " subject only when there is one; HMSG <subject> <sid> [reply] <header size> <total size>,"
                            + " the total with the headers included"))
                    .isEqualTo(
                            "MSG orders.new 7 5\r\nhello\r\nMSG orders.new 7 reply.me 2\r\nhi\r\nHMSG orders.new 7 12 14\r\nNATS/1.0\r\n\r\nhi\r\nPONG\r\n");
        }
    }

    @Test
    @Order(5)
    @DisplayName("8.7 delivers to every wildcard subscriber through jnats, with headers and reply subject")
    void wildcardsAndHeaders(Random random) throws Exception {
        String region = "r" + random.nextInt(100);
        try (Connection subscriber = broker.connect();
                Connection publisher = broker.connect()) {
            Subscription star = subscriber.subscribe("orders.*.new");
            Subscription rest = subscriber.subscribe("orders.>");
            Subscription other = subscriber.subscribe("invoices.>");
            subscriber.flush(WAIT);

            Headers headers = new Headers().add("Trace-Id", "t-" + random.nextInt(1000));
            publisher.publish(NatsMessage.builder()
                    .subject("orders." + region + ".new")
                    .replyTo("answers." + region)
                    .headers(headers)
                    .data("payload", StandardCharsets.UTF_8)
                    .build());
            publisher.flush(WAIT);

            for (Subscription subscription : List.of(star, rest)) {
                Message message = subscription.nextMessage(WAIT);
                assertThat(message)
                        .as(broker.describe(subscription.getSubject() + " receives orders." + region + ".new"))
                        .isNotNull();
                assertThat(message.getHeaders().getFirst("Trace-Id"))
                        .as(broker.describe("the header arrives"))
                        .isEqualTo(headers.getFirst("Trace-Id"));
                assertThat(message.getReplyTo())
                        .as(broker.describe("the reply subject arrives"))
                        .isEqualTo("answers." + region);
                assertThat(new String(message.getData(), StandardCharsets.UTF_8))
                        .as(broker.describe("the payload arrives"))
                        .isEqualTo("payload");
            }
            assertThat(other.nextMessage(Duration.ofMillis(100)))
                    .as(broker.describe("invoices.> receives nothing"))
                    .isNull();
        }
    }

    @Test
    @Order(6)
    @DisplayName("8.7 gives each message to exactly one member of a queue group while a plain subscriber sees them all")
    void queueGroups() throws Exception {
        int messages = 300;
        List<Connection> members = new ArrayList<>();
        try (Connection audit = broker.connect();
                Connection publisher = broker.connect()) {
            Map<String, AtomicInteger> perMember = new ConcurrentHashMap<>();
            AtomicInteger audited = new AtomicInteger();
            audit.createDispatcher(msg -> audited.incrementAndGet()).subscribe("jobs.>");
            audit.flush(WAIT);
            for (int i = 0; i < 3; i++) {
                Connection member = broker.connect();
                members.add(member);
                String name = "worker-" + i;
                member.createDispatcher(msg -> perMember
                                .computeIfAbsent(name, n -> new AtomicInteger())
                                .incrementAndGet())
                        .subscribe("jobs.*", "workers");
                member.flush(WAIT);
            }
            for (int i = 0; i < messages; i++) {
                publisher.publish("jobs." + i, new byte[] {1});
            }
            publisher.flush(WAIT);

            await().alias(broker.describe("the audit subscriber sees all " + messages + " jobs"))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> audited.get() == messages);
            await().alias(broker.describe("the queue group shares " + messages + " jobs, each once"))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> perMember.values().stream()
                                    .mapToInt(AtomicInteger::get)
                                    .sum()
                            >= messages);
            assertThat(perMember.values().stream().mapToInt(AtomicInteger::get).sum())
                    .as(broker.describe("jobs delivered to the group in total (each message goes to exactly one"
                            + " member of a queue group)"))
                    .isEqualTo(messages);
            assertThat(perMember)
                    .as(broker.describe("every member gets some of the jobs (random choice)"))
                    .hasSize(3);
        } finally {
            for (Connection member : members) {
                member.close();
            }
        }
    }

    @Test
    @Order(7)
    @DisplayName("8.7 carries a jnats request to a responder and its reply back")
    void requestReply(Random random) throws Exception {
        try (Connection service = broker.connect();
                Connection client = broker.connect()) {
            Dispatcher dispatcher = service.createDispatcher(msg -> service.publish(
                    msg.getReplyTo(),
                    ("echo:" + new String(msg.getData(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)));
            dispatcher.subscribe("svc.echo");
            service.flush(WAIT);
            String body = "ping-" + random.nextInt(1000);

            Message reply = client.request("svc.echo", body.getBytes(StandardCharsets.UTF_8), WAIT);

            assertThat(reply).as(broker.describe("the reply to a request")).isNotNull();
            assertThat(new String(reply.getData(), StandardCharsets.UTF_8))
                    .as(broker.describe("the reply's payload"))
                    .isEqualTo("echo:" + body);
        }
    }

    @Test
    @Order(3)
    @DisplayName("8.7 answers a request nobody listens to with a 503 no-responders status at once")
    void noResponders() throws Exception {
        try (RawClient raw = broker.raw()) {
            raw.firstRead();
            raw.send(
                    "CONNECT {\"verbose\":false,\"headers\":true,\"no_responders\":true}\r\nSUB _INBOX.abc.* 3\r\nPUB nobody.home _INBOX.abc.1 2\r\nhi\r\nPING\r\n");
            assertThat(raw.readUntil("PONG\r\n"))
                    .as(broker.describe("the answer to a request nobody listens to"))
                    .isEqualTo("HMSG _INBOX.abc.1 3 16 16\r\nNATS/1.0 503\r\n\r\n\r\nPONG\r\n");
        }
        try (Connection client = broker.connect()) {
            CompletableFuture<Message> future = client.request("nobody.home", new byte[0]);
            await().alias(broker.describe(
                            "jnats' request future completes at once (no responders) instead of timing out"))
                    .atMost(Duration.ofSeconds(2))
                    .until(future::isDone);
            assertThat(future.isCompletedExceptionally())
                    .as(broker.describe("jnats reports no responders as an exceptional completion"))
                    .isTrue();
        }
    }

    @Test
    @Order(2)
    @DisplayName("8.7 stops delivering after UNSUB's max and removes the subscription")
    void unsubscribeAfterMax() {
        try (RawClient raw = broker.raw()) {
            raw.firstRead();
            raw.send(
                    "CONNECT {\"verbose\":false}\r\nSUB foo 1\r\nUNSUB 1 2\r\nPUB foo 1\r\na\r\nPUB foo 1\r\nb\r\nPUB foo 1\r\nc\r\nPING\r\n");
            assertThat(raw.readUntil("PONG\r\n"))
                    .as(broker.describe("deliveries to a subscription limited to 2"))
                    .isEqualTo("MSG foo 1 1\r\na\r\nMSG foo 1 1\r\nb\r\nPONG\r\n");
            assertThat(broker.broker().index().count())
                    .as(broker.describe("subscriptions left in the index"))
                    .isZero();
        }
    }

    @Test
    @Order(4)
    @DisplayName("8.7 does not echo a client's own messages back when it connected with noEcho")
    void noEcho() throws Exception {
        try (Connection quiet = broker.connect(new Options.Builder().noEcho());
                Connection other = broker.connect()) {
            Subscription own = quiet.subscribe("chat");
            quiet.flush(WAIT);
            quiet.publish("chat", "mine".getBytes(StandardCharsets.UTF_8));
            other.publish("chat", "theirs".getBytes(StandardCharsets.UTF_8));
            other.flush(WAIT);

            Message first = own.nextMessage(WAIT);
            assertThat(first)
                    .as(broker.describe("a noEcho client still receives other clients' messages"))
                    .isNotNull();
            assertThat(new String(first.getData(), StandardCharsets.UTF_8))
                    .as(broker.describe(
                            "the first message a noEcho client receives (its own messages never come back)"))
                    .isEqualTo("theirs");
            assertThat(own.nextMessage(Duration.ofMillis(100)))
                    .as(broker.describe("a noEcho client's own messages never come back, not even after the others'"))
                    .isNull();
        }
    }

    @Test
    @Order(8)
    @DisplayName("8.7 delivers everything in flight before a jnats drain completes")
    void drain() throws Exception {
        int messages = 500;
        try (Connection subscriber = broker.connect();
                Connection publisher = broker.connect()) {
            AtomicInteger handled = new AtomicInteger();
            Dispatcher dispatcher = subscriber.createDispatcher(msg -> handled.incrementAndGet());
            dispatcher.subscribe("work");
            subscriber.flush(WAIT);
            for (int i = 0; i < messages; i++) {
                publisher.publish("work", new byte[16]);
            }
            publisher.flush(WAIT);

            CompletableFuture<Boolean> drained = dispatcher.drain(WAIT);

            assertThat(drained.get(5, TimeUnit.SECONDS))
                    .as(broker.describe("the drain completes"))
                    .isTrue();
            assertThat(handled.get())
                    .as(broker.describe("messages handled once the drain completed"))
                    .isEqualTo(messages);
        }
    }

    @Test
    @Order(9)
    @DisplayName("8.7 serves many jnats connections at once, each receiving what the others send it")
    void manyConnections(Random random) throws Exception {
        int clients = 20;
        List<Connection> connections = new ArrayList<>();
        try {
            AtomicInteger received = new AtomicInteger();
            for (int i = 0; i < clients; i++) {
                Connection connection = broker.connect();
                connections.add(connection);
                connection.createDispatcher(msg -> received.incrementAndGet()).subscribe("peer." + i);
                connection.flush(WAIT);
            }
            int perClient = 20 + random.nextInt(10);
            for (int i = 0; i < clients; i++) {
                for (int m = 0; m < perClient; m++) {
                    connections.get(i).publish("peer." + ((i + 1) % clients), new byte[] {(byte) m});
                }
            }
            for (Connection connection : connections) {
                connection.flush(WAIT);
            }
            int expected = clients * perClient;
            await().alias(broker.describe(
                            clients + " clients each receive " + perClient + " messages from a neighbour"))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> received.get() == expected);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    @Test
    @Order(10)
    @DisplayName(
            "8.7 keeps delivering to well-behaved clients, in order and complete, while others send random bytes, truncate operations or vanish")
    void othersAreUnaffected(Random random) throws Exception {
        try (Connection subscriber = broker.connect();
                Connection publisher = broker.connect()) {
            Queue<String> received = new ConcurrentLinkedQueue<>();
            Dispatcher dispatcher =
                    subscriber.createDispatcher(msg -> received.add(new String(msg.getData(), StandardCharsets.UTF_8)));
            dispatcher.subscribe("steady");
            subscriber.flush(Duration.ofSeconds(2));

            int messages = 0;
            for (int round = 0; round < 40; round++) {
                abuse(random, round);
                publisher.publish("steady", Integer.toString(messages++).getBytes(StandardCharsets.UTF_8));
            }
            publisher.flush(Duration.ofSeconds(2));

            int expected = messages;
            await().alias(broker.describe(
                            "the well-behaved subscriber receives all " + expected + " messages, in order"))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> received.size() >= expected);
            assertThat(received)
                    .as(broker.describe("messages of the well-behaved clients, in order"))
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, expected)
                            .mapToObj(Integer::toString)
                            .toList());
            assertThat(broker.broker().failures())
                    .as(broker.describe("exceptions that escaped the broker's connection code"))
                    .isEmpty();
        }
    }

    /** One abusive client: random bytes, a truncated operation, or a connection dropped mid-payload. */
    private void abuse(Random random, int round) {
        RawClient abuser = broker.raw();
        abuser.firstRead();
        switch (round % 4) {
            case 0 -> {
                byte[] noise = new byte[1 + random.nextInt(3000)];
                random.nextBytes(noise);
                abuser.sendQuietly(noise);
                abuser.close();
            }
            case 1 -> {
                abuser.sendQuietly("CONNECT {\"verbose\":false}\r\nSUB steady 1\r\nPUB steady 100\r\nonly part of it"
                        .getBytes(StandardCharsets.ISO_8859_1));
                abuser.abort();
            }
            case 2 -> {
                abuser.sendQuietly(
                        "CONNECT {\"verbose\":false}\r\nHPUB steady 5".getBytes(StandardCharsets.ISO_8859_1));
                abuser.close();
            }
            default -> {
                byte[] noise = new byte[200];
                random.nextBytes(noise);
                abuser.sendQuietly(
                        ("CONNECT {\"verbose\":false}\r\nPUB steady 300\r\n").getBytes(StandardCharsets.ISO_8859_1));
                abuser.sendQuietly(noise);
                abuser.abort();
            }
        }
    }

    @Test
    @Order(11)
    @DisplayName("8.7 cuts off a subscriber that stops reading as a slow consumer while the others receive everything")
    void slowConsumerIsCutOff() throws Exception {
        long bound = 256 * 1024;
        try (TestBroker slowBroker =
                        TestBroker.start(EXERCISE, BrokerOptions.defaults().withMaxPendingBytes(bound));
                RawClient stuck = slowBroker.rawWithReceiveBuffer(4096);
                Connection healthy = slowBroker.connect();
                Connection publisher = slowBroker.connect()) {
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

            assertThat(all.await(10, TimeUnit.SECONDS))
                    .as(slowBroker.describe("the reading subscriber receives all " + messages + " messages (it got "
                            + received.get() + ")"))
                    .isTrue();
            await().alias(slowBroker.describe("the client that never reads is disconnected as a slow consumer"))
                    .atMost(Duration.ofSeconds(5))
                    .until(() -> slowBroker.broker().stats().slowConsumers() == 1);
            assertThat(slowBroker.broker().connections())
                    .as(slowBroker.describe("connections left: the two jnats clients"))
                    .hasSize(2);
            for (ClientConnection connection : slowBroker.broker().connections()) {
                assertThat(connection.pendingBytes())
                        .as(slowBroker.describe("pending bytes of a connection"))
                        .isLessThanOrEqualTo(bound);
            }
        }
    }
}
