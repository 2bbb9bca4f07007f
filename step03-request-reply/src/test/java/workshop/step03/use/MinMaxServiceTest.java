package workshop.step03.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.Message;
import io.nats.client.impl.Headers;
import io.nats.service.Service;
import io.nats.service.ServiceMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;

/** Exercise 3.8: a service built with the jnats service API. */
@NatsServerTest
class MinMaxServiceTest {

    private static final Exercise EXERCISE = Exercise.of("3.8");
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private static Message ask(Connection connection, String subject, String json) throws InterruptedException {
        Message reply = connection.request(subject, json.getBytes(StandardCharsets.UTF_8), PATIENCE);
        assertThat(reply).as(EXERCISE.says("a reply on %s", subject)).isNotNull();
        return reply;
    }

    private static String text(Message message) {
        return new String(message.getData(), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("3.8 answers minmax.min and minmax.max with the smallest and the largest number")
    void minAndMax(Connection connection) throws Exception {
        Service service = MinMaxService.start(connection);
        try {
            assertThat(text(ask(connection, "minmax.min", "[-1, 2, 100, -2000]")))
                    .as(EXERCISE.says("min of the course notes' example"))
                    .isEqualTo("{\"min\":-2000}");
            assertThat(text(ask(connection, "minmax.max", "[-1, 2, 100, -2000]")))
                    .as(EXERCISE.says("max of the course notes' example"))
                    .isEqualTo("{\"max\":100}");
        } finally {
            service.stop();
        }
    }

    @Test
    @DisplayName("3.8 gets random arrays right")
    void randomArrays(Connection connection, Random random) throws Exception {
        Service service = MinMaxService.start(connection);
        try {
            for (int round = 0; round < 10; round++) {
                List<Integer> numbers = new ArrayList<>();
                int size = 1 + random.nextInt(20);
                for (int i = 0; i < size; i++) {
                    numbers.add(random.nextInt(2_000_001) - 1_000_000);
                }
                String json = numbers.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
                assertThat(text(ask(connection, "minmax.min", json)))
                        .as(EXERCISE.says("min of %s", json))
                        .isEqualTo("{\"min\":" + Collections.min(numbers) + "}");
                assertThat(text(ask(connection, "minmax.max", json)))
                        .as(EXERCISE.says("max of %s", json))
                        .isEqualTo("{\"max\":" + Collections.max(numbers) + "}");
            }
        } finally {
            service.stop();
        }
    }

    @Test
    @DisplayName("3.8 answers a bad request with the Nats-Service-Error headers and code 400")
    void errorReplies(Connection connection) throws Exception {
        Service service = MinMaxService.start(connection);
        try {
            for (String bad : List.of("[]", "not json", "[1, \"two\", 3]", "{\"numbers\":[1]}")) {
                Message reply = ask(connection, "minmax.min", bad);
                Headers headers = reply.getHeaders();
                assertThat(headers)
                        .as(EXERCISE.says("an error reply to %s has headers", bad))
                        .isNotNull();
                assertThat(headers.getFirst(ServiceMessage.NATS_SERVICE_ERROR_CODE))
                        .as(EXERCISE.says("Nats-Service-Error-Code for %s", bad))
                        .isEqualTo("400");
                assertThat(headers.getFirst(ServiceMessage.NATS_SERVICE_ERROR))
                        .as(EXERCISE.says("Nats-Service-Error says what is wrong with %s", bad))
                        .isNotBlank();
                assertThat(reply.getData())
                        .as(EXERCISE.says("an error reply has no payload"))
                        .isEmpty();
            }
        } finally {
            service.stop();
        }
    }

    @Test
    @DisplayName("3.8 describes itself: name, version and two endpoints in the minmax group")
    void describesItself(Connection connection) throws Exception {
        Service service = MinMaxService.start(connection);
        try {
            assertThat(service.getName())
                    .as(EXERCISE.says("the service is named minmax"))
                    .isEqualTo("minmax");
            assertThat(service.getVersion())
                    .as(EXERCISE.says("the service has version 0.0.1"))
                    .isEqualTo("0.0.1");
            assertThat(service.getInfoResponse().getEndpoints())
                    .as(EXERCISE.says("endpoints min and max, in group minmax, shared in queue group q"))
                    .extracting(endpoint ->
                            endpoint.getName() + " " + endpoint.getSubject() + " " + endpoint.getQueueGroup())
                    .containsExactlyInAnyOrder("min minmax.min q", "max minmax.max q");
        } finally {
            service.stop();
        }
    }
}
