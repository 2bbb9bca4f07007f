package workshop.step03.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.service.Group;
import io.nats.service.Service;
import io.nats.service.ServiceEndpoint;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

/** Exercise 3.9: finding services and their instances with $SRV PING, INFO and STATS. */
@NatsServerTest
class ServiceDiscoveryTest {

    private static final Exercise EXERCISE = Exercise.of("3.9");
    private static final Duration WAIT = Duration.ofMillis(400);

    /** An instance of a small test service: group 'echo' with the endpoints 'say' and 'shout'. */
    private static Service startEcho(Connection connection, String name) throws Exception {
        Group group = new Group(name);
        Service service = Service.builder()
                .connection(connection)
                .name(name)
                .version("1.0.0")
                .addServiceEndpoint(ServiceEndpoint.builder()
                        .group(group)
                        .endpointName("say")
                        .handler(request -> request.respond(connection, request.getData()))
                        .build())
                .addServiceEndpoint(ServiceEndpoint.builder()
                        .group(group)
                        .endpointName("shout")
                        .handler(request -> request.respond(
                                connection, new String(request.getData(), StandardCharsets.UTF_8).toUpperCase()))
                        .build())
                .build();
        service.startService();
        assertThat(service.isStarted(2, TimeUnit.SECONDS))
                .as(EXERCISE.says("the test's echo service %s starts", name))
                .isTrue();
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
        try (Connection first = server.connect();
                Connection second = server.connect();
                Connection other = server.connect()) {
            Service a = startEcho(first, name);
            Service b = startEcho(second, name);
            startEcho(other, name + "x");

            assertThat(ServiceDiscovery.instanceIds(connection, name, WAIT))
                    .as(EXERCISE.says("both instances of %s answer $SRV.PING.%s, and only they", name, name))
                    .containsExactlyInAnyOrder(a.getId(), b.getId());
        }
    }

    @Test
    @DisplayName("3.9 lists the subjects a service's endpoints listen on")
    void listsEndpoints(Connection connection, NatsServer server, Random random) throws Exception {
        String name = serviceName(random);
        try (Connection first = server.connect();
                Connection second = server.connect()) {
            startEcho(first, name);
            startEcho(second, name);

            assertThat(ServiceDiscovery.endpointSubjects(connection, name, WAIT))
                    .as(EXERCISE.says("from $SRV.INFO.%s, each subject once", name))
                    .containsExactly(name + ".say", name + ".shout");
        }
    }

    @Test
    @DisplayName("3.9 STATS shows two instances sharing the requests")
    void instancesShareTheLoad(Connection connection, NatsServer server, Random random) throws Exception {
        String name = serviceName(random);
        try (Connection first = server.connect();
                Connection second = server.connect()) {
            Service a = startEcho(first, name);
            Service b = startEcho(second, name);
            for (int i = 0; i < 200; i++) {
                assertThat(connection.request(
                                name + ".say", ("hi " + i).getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5)))
                        .as(EXERCISE.says("the test's echo service %s answers on %s.say", name, name))
                        .isNotNull();
            }

            Map<String, Long> requests = ServiceDiscovery.requestsPerInstance(connection, name, "say", WAIT);

            assertThat(requests.keySet())
                    .as(EXERCISE.says("both instances answer $SRV.STATS.%s", name))
                    .containsExactlyInAnyOrder(a.getId(), b.getId());
            assertThat(requests.values().stream().mapToLong(Long::longValue).sum())
                    .as(EXERCISE.says("the queue group 'q' gave each request to one instance: %s", requests))
                    .isEqualTo(200);
            // The server picks an instance at random: one getting fewer than 50 of 200 has probability
            // below 1e-12 per run.
            assertThat(requests.values())
                    .as(EXERCISE.says("both instances took a share"))
                    .allMatch(count -> count >= 50);
            assertThat(ServiceDiscovery.requestsPerInstance(connection, name, "shout", WAIT)
                            .values())
                    .as(EXERCISE.says("nobody asked to shout, so each instance counts 0 requests on it"))
                    .containsOnly(0L);
        }
    }

    @Test
    @DisplayName("3.9 finds nothing for a service that is not running")
    void nothingForAnUnknownService(Connection connection, Random random) {
        assertThat(ServiceDiscovery.instanceIds(connection, serviceName(random) + "none", WAIT))
                .as(EXERCISE.says("no instance answers $SRV.PING for a service that is not running"))
                .isEmpty();
    }
}
