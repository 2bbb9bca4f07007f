package workshop.step09.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.Nats;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.bus.EventBus;
import workshop.step09.bus.Listener;
import workshop.step09.bus.ListenerSettings;
import workshop.step09.bus.ServiceContext;
import workshop.step09.bus.TicketingService;
import workshop.step09.bus.Verdict;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketCreated;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 9.13: a service's health endpoint, from its connection and its consumers' lag. */
@NatsServerTest
class HealthEndpointTest {

    private static final Exercise EXERCISE = Exercise.of("9.13");

    @Test
    @DisplayName("9.13 healthy when connected and no consumer lags; each consumer's pending and ack pending shown")
    void healthy(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Fixture fixture = fixture(connection, management, resources, random, 3);
        try (var health = new HealthEndpoint(fixture.service, connection, 10, 0)) {
            HealthEndpoint.Health now = health.check();

            assertThat(now.connection())
                    .as(EXERCISE.says("the connection's status, as jnats says it"))
                    .isEqualTo("CONNECTED");
            assertThat(now.consumers())
                    .as(EXERCISE.says(
                            "one entry per listener: its consumer's name, 3 events pending, none ack pending"))
                    .containsExactly(new HealthEndpoint.ConsumerLag(fixture.listener.durableName(), 3, 0));
            assertThat(now.healthy())
                    .as(EXERCISE.says("connected, and 3 pending is within the limit of 10: healthy"))
                    .isTrue();
        }
    }

    @Test
    @DisplayName("9.13 a consumer with more than maxPending waiting makes the service unhealthy: /health says 503")
    void lagging(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Fixture fixture = fixture(connection, management, resources, random, 5);
        try (var health = new HealthEndpoint(fixture.service, connection, 4, 0).start()) {
            assertThat(health.check().healthy())
                    .as(EXERCISE.says("5 events waiting, more than maxPending 4: the service does not keep up"))
                    .isFalse();
            HttpResponse<String> answer = get(health);
            assertThat(answer.statusCode())
                    .as(EXERCISE.says(
                            "/health answers 503 when unhealthy, so an orchestrator acts; body %s", answer.body()))
                    .isEqualTo(503);
            assertThat(answer.body())
                    .as(EXERCISE.says("the body says why: the consumer and its 5 events pending"))
                    .contains(fixture.listener.durableName(), "\"pending\":5");
        }
    }

    @Test
    @DisplayName("9.13 a service whose connection is closed is unhealthy, whatever its consumers")
    void disconnected(NatsServer server, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        Connection own = Nats.connect(server.url());
        Fixture fixture = fixture(own, management, resources, random, 0);
        try (var health = new HealthEndpoint(fixture.service, own, 10, 0)) {
            own.close();
            HealthEndpoint.Health now = health.check();
            assertThat(now.connection())
                    .as(EXERCISE.says("the connection's status now"))
                    .isEqualTo("CLOSED");
            assertThat(now.healthy())
                    .as(EXERCISE.says("a service without its connection can do nothing: unhealthy"))
                    .isFalse();
        }
    }

    private static HttpResponse<String> get(HealthEndpoint health) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + health.port() + "/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    /** A service with one listener whose consumer exists but is not being read: its events wait. */
    private record Fixture(TicketingService service, Listener<TicketCreated> listener) {}

    private static Fixture fixture(
            Connection connection, JetStreamManagement management, TestResources resources, Random random, int waiting)
            throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(1));
        management.addStream(StreamConfiguration.builder()
                .name(bus.stream())
                .subjects(bus.prefix() + ".>")
                .storageType(StorageType.Memory)
                .build());
        var context = new ServiceContext("orders", connection, bus, null); // no codec: nothing here is decoded
        Listener<TicketCreated> listener =
                new Listener<>(context, EventType.TICKET_CREATED, ListenerSettings.standard()) {
                    @Override
                    protected Verdict onEvent(TicketCreated event) {
                        return Verdict.DONE;
                    }
                };
        management.addOrUpdateConsumer(
                bus.stream(),
                ConsumerConfiguration.builder()
                        .durable(listener.durableName())
                        .filterSubject(bus.subjectOf(EventType.TICKET_CREATED))
                        .ackPolicy(AckPolicy.Explicit)
                        .build());
        for (int i = 0; i < waiting; i++) {
            connection.jetStream().publish(bus.subjectOf(EventType.TICKET_CREATED), "{}".getBytes());
        }
        TicketingService service = new TicketingService() {
            @Override
            public String name() {
                return "orders";
            }

            @Override
            public void start() {}

            @Override
            public List<Listener<?>> listeners() {
                return List.of(listener);
            }

            @Override
            public void close() {}
        };
        return new Fixture(service, listener);
    }
}
