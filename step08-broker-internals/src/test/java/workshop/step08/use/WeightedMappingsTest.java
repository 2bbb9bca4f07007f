package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.14: a canary split by nats-server's weighted mappings, moved by reloading. */
@ExtendWith(SeededRandomResolver.class)
class WeightedMappingsTest {

    private static final Exercise EXERCISE = Exercise.of("8.14");
    private static final Duration WAIT = Duration.ofSeconds(5);

    /*
     * The server picks a destination at random for each message, so the counts vary from run to run.
     * With N = 2000 messages the canary's count is binomial(2000, p). The tolerances are the smallest
     * k with P(|count - 2000 p| > k) < 5e-7, summed exactly over the binomial distribution:
     *   p = 0.1: mean 200,  sd 13.4, k = 69 (P = 3.8e-7)
     *   p = 0.5: mean 1000, sd 22.4, k = 112 (P = 4.7e-7)
     * so the test fails by chance less than once in a million runs (3.8e-7 + 4.7e-7 < 1e-6), while
     * a split that ignores the weights (half and half at 90/10) or inverts them is far outside.
     */
    private static final int MESSAGES = 2000;
    private static final int TOLERANCE_AT_10_PERCENT = 69;
    private static final int TOLERANCE_AT_50_PERCENT = 112;

    @Test
    @DisplayName(
            "8.14 a weighted mapping splits a subject 90/10, then 50/50 and 0/100 after a reload, and keeps the tokens")
    void canary(Random random) throws Exception {
        String root = "orders" + random.nextInt(1000);
        String source = root + ".*";
        String stable = "stable." + root + ".{{wildcard(1)}}";
        String canary = "canary." + root + ".{{wildcard(1)}}";
        String config = WeightedMappings.canaryMapping(source, stable, canary, 10);
        try (ConfiguredNatsServer server = ConfiguredNatsServer.builder("canary")
                        .withoutJetStream()
                        .config(config)
                        .start();
                Connection connection = Nats.connect(new Options.Builder()
                        .server(server.url())
                        .connectionTimeout(WAIT)
                        .noReconnect()
                        .build())) {
            AtomicInteger toStable = new AtomicInteger();
            AtomicInteger toCanary = new AtomicInteger();
            AtomicInteger unmapped = new AtomicInteger();
            String token = "eu" + random.nextInt(100);
            AtomicInteger tokenKept = new AtomicInteger();
            var dispatcher = connection.createDispatcher(message -> {
                String subject = message.getSubject();
                if (subject.endsWith("." + token)) {
                    tokenKept.incrementAndGet();
                }
                (subject.startsWith("stable.") ? toStable : subject.startsWith("canary.") ? toCanary : unmapped)
                        .incrementAndGet();
            });
            dispatcher.subscribe("stable." + root + ".*");
            dispatcher.subscribe("canary." + root + ".*");
            dispatcher.subscribe(source); // what the mapping should leave nothing for
            connection.flush(WAIT);

            publish(connection, root + "." + token, toStable, toCanary, unmapped, config);
            assertThat(unmapped.get())
                    .as(EXERCISE.says(
                            "every message on %s is mapped, none stays on its subject (weights 90 + 10 = 100); the"
                                    + " configuration was:%n%s",
                            source, config))
                    .isZero();
            assertThat(tokenKept.get())
                    .as(EXERCISE.says("{{wildcard(1)}} keeps the token %s in both destinations", token))
                    .isEqualTo(MESSAGES);
            assertThat(toCanary.get())
                    .as(EXERCISE.says(
                            "at 10%% the canary gets about %d of %d (± %d); it got %d, the stable %d. The"
                                    + " configuration was:%n%s",
                            MESSAGES / 10, MESSAGES, TOLERANCE_AT_10_PERCENT, toCanary.get(), toStable.get(), config))
                    .isBetween(MESSAGES / 10 - TOLERANCE_AT_10_PERCENT, MESSAGES / 10 + TOLERANCE_AT_10_PERCENT);

            String half = WeightedMappings.canaryMapping(source, stable, canary, 50);
            server.reload(half);
            publish(connection, root + "." + token, toStable, toCanary, unmapped, half);
            assertThat(toCanary.get())
                    .as(EXERCISE.says(
                            "after the reload to 50%% the canary gets about %d (± %d); it got %d. The configuration"
                                    + " was:%n%s",
                            MESSAGES / 2, TOLERANCE_AT_50_PERCENT, toCanary.get(), half))
                    .isBetween(MESSAGES / 2 - TOLERANCE_AT_50_PERCENT, MESSAGES / 2 + TOLERANCE_AT_50_PERCENT);

            String all = WeightedMappings.canaryMapping(source, stable, canary, 100);
            server.reload(all);
            publish(connection, root + "." + token, toStable, toCanary, unmapped, all);
            assertThat(toCanary.get())
                    .as(EXERCISE.says("at 100%% (the stable at 0%%) the canary gets every message"))
                    .isEqualTo(MESSAGES);
        }
    }

    /** Publishes MESSAGES messages after zeroing the counters, and waits until all of them arrived somewhere. */
    private static void publish(
            Connection connection,
            String subject,
            AtomicInteger toStable,
            AtomicInteger toCanary,
            AtomicInteger unmapped,
            String config)
            throws Exception {
        toStable.set(0);
        toCanary.set(0);
        unmapped.set(0);
        for (int i = 0; i < MESSAGES; i++) {
            connection.publish(subject, ("order " + i).getBytes(StandardCharsets.UTF_8));
        }
        connection.flush(WAIT);
        await().alias(EXERCISE.says(
                        "all %d messages on %s arrive on the stable or the canary subject; the configuration was:%n%s",
                        MESSAGES, subject, config))
                .atMost(WAIT)
                .until(() -> toStable.get() + toCanary.get() + unmapped.get() >= MESSAGES);
    }
}
