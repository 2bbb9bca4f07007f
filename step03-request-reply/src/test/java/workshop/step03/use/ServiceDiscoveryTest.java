package workshop.step03.use;

import io.nats.client.Connection;
import io.nats.service.Group;
import io.nats.service.Service;
import io.nats.service.ServiceEndpoint;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@NatsServerTest
class ServiceDiscoveryTest {

    private static final String ANCHOR = " (README.md#39-discover-services)";
    private static final Duration WAIT = Duration.ofMillis(400);

    /** An instance of a small test service: group 'echo' with the endpoints 'say' and 'shout'. */
    private static Service startEcho(Connection connection, String name) throws Exception {
        Group group = new Group(name);
        Service service = Service.builder()
                .connection(connection)
                .name(name)
                .version("1.0.0")
                .addServiceEndpoint(ServiceEndpoint.builder().group(group).endpointName("say")
                        .handler(request -> request.respond(connection, request.getData())).build())
                .addServiceEndpoint(ServiceEndpoint.builder().group(group).endpointName("shout")
                        .handler(request -> request.respond(connection, new String(request.getData(), StandardCharsets.UTF_8).toUpperCase())).build())
                .build();
        service.startService();
        assertThat(service.isStarted(2, TimeUnit.SECONDS)).isTrue();
        connection.flush(Duration.ofSeconds(2));
        return service;
    }

    private static String serviceName(Random random) {
        return "echo" + random.nextInt(100_000);
    }

    @Test
    @DisplayName("3.9 finds every running instance of a service by name")
    void findsInstances(Connection connection, NatsServer server, Random random) throws Exception {
        String name = serviceName(random);
        try (Connection first = server.connect(); Connection second = server.connect(); Connection other = server.connect()) {
            Service a = startEcho(first, name);
            Service b = startEcho(second, name);
            startEcho(other, name + "x");

            assertThat(ServiceDiscovery.instanceIds(connection, name, WAIT))
                    .as("Exercise 3.9: both instances of %s answer $SRV.PING.%s, and only they%s", name, name, ANCHOR)
                    .containsExactlyInAnyOrder(a.getId(), b.getId());
        }
    }

    @Test
    @DisplayName("3.9 lists the subjects a service's endpoints listen on")
    void listsEndpoints(Connection connection, NatsServer server, Random random) throws Exception {
        String name = serviceName(random);
        try (Connection first = server.connect(); Connection second = server.connect()) {
            startEcho(first, name);
            startEcho(second, name);

            assertThat(ServiceDiscovery.endpointSubjects(connection, name, WAIT))
                    .as("Exercise 3.9: from $SRV.INFO.%s, each subject once%s", name, ANCHOR)
                    .containsExactly(name + ".say", name + ".shout");
        }
    }

    @Test
    @DisplayName("3.9 STATS shows two instances sharing the requests")
    void instancesShareTheLoad(Connection connection, NatsServer server, Random random) throws Exception {
        String name = serviceName(random);
        try (Connection first = server.connect(); Connection second = server.connect()) {
            Service a = startEcho(first, name);
            Service b = startEcho(second, name);
            for (int i = 0; i < 200; i++) {
                assertThat(connection.request(name + ".say", ("hi " + i).getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5)))
                        .isNotNull();
            }

            Map<String, Long> requests = ServiceDiscovery.requestsPerInstance(connection, name, "say", WAIT);

            assertThat(requests.keySet()).as("Exercise 3.9: both instances report%s", ANCHOR)
                    .containsExactlyInAnyOrder(a.getId(), b.getId());
            assertThat(requests.values().stream().mapToLong(Long::longValue).sum())
                    .as("Exercise 3.9: the queue group 'q' gave each request to one instance: %s%s", requests, ANCHOR)
                    .isEqualTo(200);
            // The server picks an instance at random: one getting fewer than 50 of 200 has probability
            // below 1e-12 per run.
            assertThat(requests.values()).as("Exercise 3.9: both instances took a share%s", ANCHOR)
                    .allMatch(count -> count >= 50);
            assertThat(ServiceDiscovery.requestsPerInstance(connection, name, "shout", WAIT).values())
                    .as("Exercise 3.9: nobody asked to shout%s", ANCHOR)
                    .containsOnly(0L);
        }
    }

    @Test
    @DisplayName("3.9 finds nothing for a service that is not running")
    void nothingForAnUnknownService(Connection connection, Random random) {
        assertThat(ServiceDiscovery.instanceIds(connection, serviceName(random) + "none", WAIT))
                .as("Exercise 3.9%s", ANCHOR).isEmpty();
    }
}
