package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.step05.use.DurableConsumersTest.createStream;

import io.nats.client.JetStreamManagement;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.PriorityPolicy;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/**
 * Exercise 5.7 (creating consumers), on every server: what a server older than 2.11 does with the
 * 2.11 settings of exercises 5.16-5.18 when they come in a consumer's configuration. No exercise
 * code runs: these show the lesson's "Where servers differ", and run (not skipped) on 2.9 and 2.10.
 */
@NatsServerTest
class NewerConsumerSettingsTest {

    private static final Exercise EXERCISE = Exercise.of("5.7");

    @Test
    @DisplayName(
            "5.7 pause_until in a consumer's configuration: 2.11 and newer create it paused; older servers ignore it and create it running")
    void pauseUntilInTheConfiguration(
            NatsServer server, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("JOBS");
        createStream(jsm, stream, "jobs" + random.nextInt(1000));
        ZonedDateTime until = ZonedDateTime.now(ZoneOffset.UTC).plus(Duration.ofMinutes(10 + random.nextInt(50)));

        ConsumerInfo created = jsm.addOrUpdateConsumer(
                stream,
                ConsumerConfiguration.builder()
                        .durable("nightly")
                        .pauseUntil(until)
                        .build());

        if (server.version().atLeast("2.11.0")) { // consumer.go (v2.11.0): ConsumerConfig.PauseUntil
            assertThat(created.getPaused())
                    .as(EXERCISE.says("nats-server %s creates the consumer paused", server.version()))
                    .isTrue();
            assertThat(created.getConsumerConfiguration().getPauseUntil())
                    .as(EXERCISE.says("and keeps the time"))
                    .isEqualTo(until.withZoneSameInstant(ZoneOffset.UTC));
        } else {
            assertThat(created.getPaused())
                    .as(EXERCISE.says("nats-server %s knows no pause: the consumer runs", server.version()))
                    .isFalse();
            assertThat(created.getConsumerConfiguration().getPauseUntil())
                    .as(EXERCISE.says("nats-server %s dropped the setting without a word", server.version()))
                    .isNull();
        }
    }

    @Test
    @DisplayName(
            "5.7 a priority group in a consumer's configuration: 2.11 and newer keep it; older servers drop it without a word")
    void priorityGroupInTheConfiguration(
            NatsServer server, JetStreamManagement jsm, TestResources resources, Random random) throws Exception {
        String stream = resources.stream("PAYMENTS");
        createStream(jsm, stream, "payments" + random.nextInt(1000));
        Duration pinnedTtl = Duration.ofSeconds(10 + random.nextInt(50));

        ConsumerConfiguration config = jsm.addOrUpdateConsumer(
                        stream,
                        ConsumerConfiguration.builder()
                                .durable("settlement")
                                .priorityGroups("primary")
                                .priorityPolicy(PriorityPolicy.PinnedClient)
                                .priorityTimeout(pinnedTtl)
                                .build())
                .getConsumerConfiguration();

        if (server.version().atLeast("2.11.0")) { // consumer.go (v2.11.0): PriorityGroups, PriorityPolicy, PinnedTTL
            assertThat(config.getPriorityPolicy())
                    .as(EXERCISE.says("nats-server %s keeps the pinned-client policy", server.version()))
                    .isEqualTo(PriorityPolicy.PinnedClient);
            assertThat(config.getPriorityGroups())
                    .as(EXERCISE.says("and the group"))
                    .containsExactly("primary");
            assertThat(config.getPriorityTimeout())
                    .as(EXERCISE.says("and the pin's TTL"))
                    .isEqualTo(pinnedTtl);
        } else {
            assertThat(config.getPriorityPolicy())
                    .as(EXERCISE.says("nats-server %s: no policy, every puller is served", server.version()))
                    .isEqualTo(PriorityPolicy.None);
            assertThat(config.getPriorityGroups())
                    .as(EXERCISE.says("nats-server %s: no group", server.version()))
                    .isNullOrEmpty();
            assertThat(config.getPriorityTimeout())
                    .as(EXERCISE.says("nats-server %s: no TTL", server.version()))
                    .isNull();
        }
    }
}
