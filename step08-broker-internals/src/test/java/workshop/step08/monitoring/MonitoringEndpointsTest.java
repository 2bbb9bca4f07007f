package workshop.step08.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Options;
import io.nats.client.Subscription;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.given.Json;
import workshop.step08.server.BrokerOptions;
import workshop.step08.support.TestBroker;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.9: /varz, /connz and /subsz show nats-server's fields with numbers that follow the traffic. */
@ExtendWith(SeededRandomResolver.class)
class MonitoringEndpointsTest {

    private static final Exercise EXERCISE = Exercise.of("8.9");

    private static final Duration WAIT = Duration.ofSeconds(2);

    private TestBroker broker;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startBroker() {
        broker = TestBroker.start(EXERCISE, BrokerOptions.defaults().withMonitoringPort(0));
    }

    @AfterEach
    void stopBroker() {
        broker.close();
        http.close();
    }

    @Test
    @DisplayName(
            "8.9 /varz counts connections now and since the start, subscriptions, and messages and bytes in and out")
    void varz(Random random) throws Exception {
        int messages = 3 + random.nextInt(5);
        try (Connection subscriber = broker.connect();
                Connection publisher = broker.connect()) {
            broker.connect().close(); // a third client that came and went
            Subscription all = subscriber.subscribe("metrics.>");
            Subscription cpu = subscriber.subscribe("metrics.cpu");
            subscriber.flush(WAIT);
            for (int i = 0; i < messages; i++) {
                publisher.publish("metrics.cpu", new byte[10]);
            }
            publisher.flush(WAIT);
            for (int i = 0; i < messages; i++) {
                all.nextMessage(WAIT);
                cpu.nextMessage(WAIT);
            }
            await().alias(broker.describe("the broker notices that the third client closed its connection"))
                    .atMost(WAIT)
                    .until(() -> broker.broker().connections().size() == 2);

            Map<String, Object> varz = get("/varz");

            assertThat(varz)
                    .as(broker.describe("/varz after " + messages + " messages of 10 bytes, each delivered to two"
                            + " subscriptions, with a third client gone: connections counts the clients connected"
                            + " now, total_connections every one since the start; in_ what clients published, out_"
                            + " what was delivered to subscriptions"))
                    .containsEntry("server_id", broker.broker().serverId())
                    .containsEntry("connections", 2L)
                    .containsEntry("total_connections", 3L)
                    .containsEntry("subscriptions", 2L)
                    .containsEntry("in_msgs", (long) messages)
                    .containsEntry("out_msgs", 2L * messages)
                    .containsEntry("in_bytes", 10L * messages)
                    .containsEntry("out_bytes", 20L * messages)
                    .containsEntry("slow_consumers", 0L)
                    .containsEntry("max_payload", 1024L * 1024)
                    .containsKeys("server_name", "version", "host", "port", "start", "now", "uptime");
        }
    }

    @Test
    @DisplayName("8.9 /connz lists each connection by cid with its name, subscriptions and traffic")
    void connz() throws Exception {
        try (Connection first = broker.connect(new Options.Builder().connectionName("first"));
                Connection second = broker.connect(new Options.Builder().connectionName("second"))) {
            first.subscribe("a");
            first.subscribe("b");
            first.flush(WAIT);
            second.publish("a", new byte[5]);
            second.flush(WAIT);

            Map<String, Object> connz = get("/connz");

            assertThat(connz).as(broker.describe("/connz")).containsEntry("num_connections", 2L);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> connections = (List<Map<String, Object>>) connz.get("connections");
            assertThat(connections)
                    .as(broker.describe("/connz connections, ordered by cid"))
                    .extracting(c -> c.get("name"))
                    .containsExactly("first", "second");
            assertThat(connections.get(0))
                    .as(broker.describe("/connz entry of the subscriber"))
                    .containsEntry("subscriptions", 2L)
                    .containsEntry("lang", "java")
                    .containsEntry("out_msgs", 1L)
                    .containsEntry("ip", "127.0.0.1")
                    .containsKeys(
                            "cid", "port", "version", "pending_bytes", "in_msgs", "in_bytes", "out_bytes", "start");
            assertThat(connections.get(1))
                    .as(broker.describe("/connz entry of the publisher"))
                    .containsEntry("in_msgs", 1L)
                    .containsEntry("in_bytes", 5L);
        }
    }

    @Test
    @DisplayName("8.9 /subsz shows the index: subscriptions, inserts, removes, lookups and the cache hit rate")
    void subsz() throws Exception {
        try (Connection nc = broker.connect()) {
            Subscription kept = nc.subscribe("prices.*");
            Subscription dropped = nc.subscribe("news");
            nc.flush(WAIT);
            dropped.unsubscribe();
            for (int i = 0; i < 10; i++) {
                nc.publish("prices.eur", new byte[1]);
            }
            nc.flush(WAIT);
            for (int i = 0; i < 10; i++) {
                kept.nextMessage(WAIT);
            }

            Map<String, Object> subsz = get("/subsz");

            assertThat(subsz)
                    .as(broker.describe(
                            "/subsz after 2 SUBs (jnats adds none of its own here), 1 UNSUB, 10 PUBs on one subject"
                                    + " (cache_hit_rate is a share from 0 to 1)"))
                    .containsEntry("num_subscriptions", 1L)
                    .containsEntry("num_inserts", 2L)
                    .containsEntry("num_removes", 1L)
                    .containsEntry("num_matches", 10L)
                    .containsEntry("num_cache", 1L)
                    .containsEntry("cache_hit_rate", 0.9);
        }
    }

    private Map<String, Object> get(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + broker.broker().monitoringPort().orElseThrow() + path))
                        .timeout(WAIT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as(broker.describe("HTTP status of " + path + " (body: " + response.body() + ")"))
                .isEqualTo(200);
        return Json.parseObject(response.body());
    }
}
