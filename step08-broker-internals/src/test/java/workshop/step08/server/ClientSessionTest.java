package workshop.step08.server;

import io.nats.client.Connection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step08.given.Json;
import workshop.step08.routing.Subscription;
import workshop.step08.support.Exercise;
import workshop.step08.support.RawClient;
import workshop.step08.support.TestBroker;
import workshop.testkit.SeededRandomResolver;

import java.time.Duration;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(SeededRandomResolver.class)
class ClientSessionTest {

    private TestBroker broker;

    @BeforeEach
    void startBroker() {
        broker = TestBroker.start(Exercise.SESSION);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    @DisplayName("8.6 greets with INFO alone, announcing headers and max_payload")
    void greetsWithInfoAlone() {
        try (RawClient client = broker.raw()) {
            String first = client.firstRead();

            assertThat(first).as(broker.describe("the broker's first write must be exactly one INFO line")).startsWith("INFO {").endsWith("\r\n");
            assertThat(first.indexOf("\r\n")).as(broker.describe("INFO must be alone in the first write (jnats rejects anything after it)"))
                    .isEqualTo(first.length() - 2);
            Map<String, Object> info = Json.parseObject(first.substring("INFO ".length()).strip());
            assertThat(info).as(broker.describe("the INFO JSON"))
                    .containsEntry("headers", true)
                    .containsEntry("max_payload", 1024L * 1024)
                    .containsKey("server_id");
        }
    }

    @Test
    @DisplayName("8.6 answers CONNECT with +OK when verbose (nats-server's default) and PING with PONG")
    void connectAndPing() {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send("CONNECT {}\r\n");
            client.readUntil("+OK\r\n");
            client.send("PING\r\n");
            assertThat(client.readUntil("PONG\r\n")).as(broker.describe("PING is answered by PONG alone"))
                    .isEqualTo("PONG\r\n");
        }
        try (RawClient quiet = broker.raw()) {
            quiet.firstRead();
            quiet.send("connect {\"verbose\":false}\r\nping\r\n");
            assertThat(quiet.readUntil("PONG\r\n")).as(broker.describe("with verbose:false, no +OK comes before the PONG")).isEqualTo("PONG\r\n");
        }
    }

    @Test
    @DisplayName("8.6 keeps subscriptions by sid: SUB adds to the index, UNSUB removes, UNSUB with a max sets the limit")
    void keepsSubscriptions(Random random) {
        String subject = "orders." + random.nextInt(1000);
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send("CONNECT {\"verbose\":false}\r\nSUB " + subject + " 1\r\nSUB orders.* workers 2\r\nSUB orders.* 1\r\nPING\r\n");
            client.readUntil("PONG\r\n");
            assertThat(broker.broker().index().match(subject).size())
                    .as(broker.describe("subscriptions matching " + subject + " after SUB 1, SUB 2 and a repeated sid 1")).isEqualTo(2);

            client.send("UNSUB 2 5\r\nPING\r\n");
            client.readUntil("PONG\r\n");
            Subscription queued = broker.broker().index().match(subject).queueGroups().get(0).get(0);
            assertThat(queued.maxDeliveries()).as(broker.describe("the max of sid 2 after UNSUB 2 5")).isEqualTo(5);

            client.send("UNSUB 1\r\nUNSUB 99\r\nPING\r\n");
            client.readUntil("PONG\r\n");
            assertThat(broker.broker().index().match(subject).plain()).as(broker.describe("plain subscriptions after UNSUB 1 (and an unknown sid 99)")).isEmpty();
        }
        await().alias(broker.describe("a closed client's subscriptions leave the index"))
                .atMost(Duration.ofSeconds(3)).until(() -> broker.broker().index().count() == 0);
    }

    @Test
    @DisplayName("8.6 answers an invalid SUB subject with -ERR 'Invalid Subject' and keeps the connection open")
    void rejectsInvalidSubjects() {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send("CONNECT {\"verbose\":false}\r\nSUB foo..bar 1\r\nSUB foo.>.bar 2\r\nPUB foo.* 2\r\nhi\r\nPING\r\n");
            String answer = client.readUntil("PONG\r\n");
            assertThat(answer).as(broker.describe("answers to two invalid SUBs, a PUB to a wildcard, then PING"))
                    .isEqualTo("-ERR 'Invalid Subject'\r\n-ERR 'Invalid Subject'\r\n-ERR 'Invalid Publish Subject'\r\nPONG\r\n");
        }
    }

    @Test
    @DisplayName("8.6 closes a connection that asks for no_responders without headers, as nats-server does")
    void noRespondersNeedsHeaders() {
        try (RawClient client = broker.raw()) {
            client.firstRead();
            client.send("CONNECT {\"verbose\":false,\"no_responders\":true}\r\n");
            assertThat(client.readUntilClosed()).as(broker.describe("the answer to no_responders without headers"))
                    .isEqualTo("-ERR 'no responders requires headers support'\r\n");
        }
    }

    @Test
    @DisplayName("8.6 lets the unmodified jnats client connect, flush (PING/PONG) and see headers support")
    void jnatsConnects() throws Exception {
        try (Connection nc = broker.connect()) {
            nc.flush(Duration.ofSeconds(2));
            assertThat(nc.getStatus()).as(broker.describe("jnats' status")).isEqualTo(Connection.Status.CONNECTED);
            assertThat(nc.getServerInfo().isHeadersSupported()).as(broker.describe("jnats sees headers support in INFO")).isTrue();
            assertThat(nc.getServerInfo().getMaxPayload()).as(broker.describe("jnats sees max_payload in INFO")).isEqualTo(1024L * 1024);
        }
    }
}
