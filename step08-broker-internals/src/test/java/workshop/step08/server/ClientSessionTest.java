package workshop.step08.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import workshop.given.Json;
import workshop.step08.mapping.SubjectMappings;
import workshop.step08.protocol.SubArgs;
import workshop.step08.protocol.UnsubArgs;
import workshop.step08.routing.Sublist;
import workshop.step08.routing.Subscription;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.6: the session greets, connects, answers PING and keeps subscriptions, over the wire and without a broker. */
@ExtendWith(SeededRandomResolver.class)
// The simplest first: the greeting, then the session on its own, then the wire, and jnats last, so the first
// failure is the most specific one.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientSessionTest {

    private static final Exercise EXERCISE = Exercise.of("8.6");

    @RegisterExtension
    final TestBroker broker = TestBroker.forEachTest(EXERCISE);

    @Test
    @Order(1)
    @DisplayName("8.6 greets with INFO alone, announcing headers and max_payload")
    void greetsWithInfoAlone() {
        try (RawClient client = broker.raw()) {
            String first = client.firstRead();

            assertThat(first)
                    .as(broker.describe("the broker's first write must be exactly one INFO line, ending in \\r\\n"
                            + " (sendLine sends the bytes as they are)"))
                    .startsWith("INFO {")
                    .endsWith("\r\n");
            assertThat(first.indexOf("\r\n"))
                    .as(broker.describe("INFO must be alone in the first write (jnats rejects anything after it)"))
                    .isEqualTo(first.length() - 2);
            Map<String, Object> info =
                    Json.parseObject(first.substring("INFO ".length()).strip());
            assertThat(info)
                    .as(broker.describe("the INFO JSON"))
                    .containsEntry("headers", true)
                    .containsEntry("max_payload", 1024L * 1024)
                    .containsKey("server_id");
        }
    }

    @Test
    @Order(3)
    @DisplayName("8.6 answers CONNECT with +OK when verbose (nats-server's default) and PING with PONG")
    void connectAndPing() {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send("CONNECT {}\r\n");
            client.readUntil("+OK\r\n");
            client.send("PING\r\n");
            assertThat(client.readUntil("PONG\r\n"))
                    .as(broker.describe("PING is answered by PONG alone"))
                    .isEqualTo("PONG\r\n");
        }
        try (RawClient quiet = broker.raw()) {
            quiet.firstRead();
            quiet.send("connect {\"verbose\":false}\r\nping\r\n");
            assertThat(quiet.readUntil("PONG\r\n"))
                    .as(broker.describe("with verbose:false, no +OK comes before the PONG"))
                    .isEqualTo("PONG\r\n");
        }
    }

    @Test
    @Order(4)
    @DisplayName(
            "8.6 keeps subscriptions by sid: SUB adds to the index, UNSUB removes, UNSUB with a max sets the limit")
    void keepsSubscriptions(Random random) {
        String subject = "orders." + random.nextInt(1000);
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send("CONNECT {\"verbose\":false}\r\nSUB " + subject
                    + " 1\r\nSUB orders.* workers 2\r\nSUB orders.* 1\r\nPING\r\n");
            client.readUntil("PONG\r\n");
            assertThat(broker.broker().index().match(subject).size())
                    .as(broker.describe(
                            "subscriptions matching " + subject + " after SUB 1, SUB 2 and a repeated sid 1"))
                    .isEqualTo(2);

            client.send("UNSUB 2 5\r\nPING\r\n");
            client.readUntil("PONG\r\n");
            List<List<Subscription>> groups =
                    broker.broker().index().match(subject).queueGroups();
            assertThat(groups)
                    .as(broker.describe("queue groups matching " + subject
                            + " after UNSUB 2 5: sid 2 stays until 5 messages went out"))
                    .hasSize(1);
            Subscription queued = groups.get(0).get(0);
            assertThat(queued.maxDeliveries())
                    .as(broker.describe("the max of sid 2 after UNSUB 2 5"))
                    .isEqualTo(5);

            client.send("UNSUB 1\r\nUNSUB 99\r\nPING\r\n");
            client.readUntil("PONG\r\n");
            assertThat(broker.broker().index().match(subject).plain())
                    .as(broker.describe("plain subscriptions after UNSUB 1 (and an unknown sid 99)"))
                    .isEmpty();
        }
        await().alias(broker.describe("a closed client's subscriptions leave the index"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> broker.broker().index().count() == 0);
    }

    @Test
    @Order(2)
    @DisplayName(
            "8.6 needs no broker: given a channel, an index and a router, it answers PING and keeps subscriptions in that index")
    void withoutABroker(Random random) {
        RecordingChannel client = new RecordingChannel();
        Sublist index = new Sublist();
        ServerInfo info = new ServerInfo("ID", "test", ServerInfo.VERSION, "127.0.0.1", 4222, 1024, false);
        ClientSession session = new ClientSession(
                client, info, AuthSettings.none(), index, new MessageRouter(index, new SubjectMappings(List.of())));
        String filter = "prices." + random.nextInt(1000) + ".*";

        session.start();
        session.connect("{\"verbose\":false}");
        session.subscribe(new SubArgs(filter, Optional.empty(), "1"));
        session.ping();

        assertThat(client.lines)
                .as(EXERCISE.says("what a session without a broker sent after start, CONNECT, SUB and PING: INFO,"
                        + " then PONG (every PING is answered with PONG)"))
                .hasSize(2)
                .last()
                .isEqualTo("PONG\r\n");
        assertThat(index.count())
                .as(EXERCISE.says("subscriptions in the index the session was given, after SUB %s 1", filter))
                .isEqualTo(1);
        session.unsubscribe(new UnsubArgs("1", 0));
        assertThat(index.count())
                .as(EXERCISE.says("subscriptions in that index after UNSUB 1"))
                .isZero();
    }

    /** A client without a socket: remembers the lines the session sends it. */
    private static final class RecordingChannel implements ClientChannel {
        final List<String> lines = new ArrayList<>();

        @Override
        public long id() {
            return 1;
        }

        @Override
        public String remoteHost() {
            return "127.0.0.1";
        }

        @Override
        public void sendLine(byte[] line) {
            lines.add(new String(line, StandardCharsets.UTF_8));
        }

        @Override
        public boolean sendMessage(byte[] head, byte[] payload, int offset, int length) {
            lines.add(new String(head, StandardCharsets.ISO_8859_1));
            return true;
        }

        @Override
        public void countPublished(int bytes) {}
    }

    @Test
    @Order(5)
    @DisplayName(
            "8.6 answers an invalid SUB subject with -ERR 'Invalid Subject', keeps the connection open, and warns a pedantic publisher")
    void rejectsInvalidSubjects() {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send("CONNECT {\"verbose\":false}\r\nSUB foo..bar 1\r\nSUB foo.>.bar 2\r\nPING\r\n");
            assertThat(client.readUntil("PONG\r\n"))
                    .as(broker.describe("answers to two invalid SUBs, then PING"))
                    .isEqualTo("-ERR 'Invalid Subject'\r\n-ERR 'Invalid Subject'\r\nPONG\r\n");

            // Only the warning: what follows it is the router's (exercise 8.7), and LikeNatsServerTest checks it.
            client.send("PUB foo.* 2\r\nhi\r\n");
            assertThat(client.readUntil("\r\n"))
                    .as(broker.describe("the answer to a pedantic client's PUB to a wildcard subject"))
                    .isEqualTo("-ERR 'Invalid Publish Subject'\r\n");
        }
    }

    @Test
    @Order(6)
    @DisplayName("8.6 closes a connection that asks for no_responders without headers, as nats-server does")
    void noRespondersNeedsHeaders() {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send("CONNECT {\"verbose\":false,\"no_responders\":true}\r\n");
            assertThat(client.readUntilClosed())
                    .as(broker.describe("the answer to no_responders without headers"))
                    .isEqualTo("-ERR 'no responders requires headers support'\r\n");
        }
    }

    @Test
    @Order(7)
    @DisplayName("8.6 lets the unmodified jnats client connect, flush (PING/PONG) and see headers support")
    void jnatsConnects() throws Exception {
        try (Connection nc = broker.connect()) {
            nc.flush(Duration.ofSeconds(2));
            assertThat(nc.getStatus()).as(broker.describe("jnats' status")).isEqualTo(Connection.Status.CONNECTED);
            assertThat(nc.getServerInfo().isHeadersSupported())
                    .as(broker.describe("jnats sees headers support in INFO"))
                    .isTrue();
            assertThat(nc.getServerInfo().getMaxPayload())
                    .as(broker.describe("jnats sees max_payload in INFO"))
                    .isEqualTo(1024L * 1024);
        }
    }
}
