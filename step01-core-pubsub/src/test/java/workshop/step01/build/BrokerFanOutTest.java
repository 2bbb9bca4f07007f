package workshop.step01.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 1.3: subscribe and publish, with fan-out to every matching subscriber. */
@ExtendWith(SeededRandomResolver.class)
class BrokerFanOutTest {

    private static final Exercise EXERCISE = Exercise.of("1.3");
    private final Broker broker = new Broker();

    @Test
    @DisplayName("1.3 every subscriber whose subject matches gets the message, once")
    void fanOut(Random random) {
        String region = "r" + random.nextInt(1000);
        List<Message> exact = new ArrayList<>();
        List<Message> star = new ArrayList<>();
        List<Message> tail = new ArrayList<>();
        List<Message> other = new ArrayList<>();
        broker.subscribe("orders." + region + ".created", exact::add);
        broker.subscribe("orders.*.created", star::add);
        broker.subscribe("orders.>", tail::add);
        broker.subscribe("payments.>", other::add);

        int delivered = broker.publish("orders." + region + ".created", "order " + region);

        assertThat(delivered)
                .as(EXERCISE.says(
                        "publish() returns how many subscriptions got the message: every matching subscription,"
                                + " wildcards included, gets its own copy"))
                .isEqualTo(3);
        for (List<Message> received : List.of(exact, star, tail)) {
            assertThat(received)
                    .as(EXERCISE.says("each matching subscriber gets the message exactly once"))
                    .hasSize(1);
            assertThat(new String(received.getFirst().payload(), StandardCharsets.UTF_8))
                    .as(EXERCISE.says("the payload arrives as published"))
                    .isEqualTo("order " + region);
        }
        assertThat(other)
                .as(EXERCISE.says("a subscriber whose subject does not match gets nothing"))
                .isEmpty();
    }

    @Test
    @DisplayName("1.3 the reply subject and the headers arrive with the payload")
    void replyAndHeaders(Random random) {
        List<Message> received = new ArrayList<>();
        broker.subscribe("tickets.created", received::add);
        String reply = "_INBOX." + random.nextInt(1_000_000);
        byte[] payload = new byte[16];
        random.nextBytes(payload);

        broker.publish("tickets.created", reply, Map.of("Trace-Id", List.of("t-" + random.nextInt(100))), payload);

        assertThat(received)
                .as(EXERCISE.says("the subscriber gets the message"))
                .hasSize(1);
        Message message = received.getFirst();
        assertThat(message.replyTo())
                .as(EXERCISE.says("the reply subject travels with the message"))
                .isEqualTo(reply);
        assertThat(message.headers())
                .as(EXERCISE.says("the headers travel with the message"))
                .containsKey("Trace-Id");
        assertThat(message.payload())
                .as(EXERCISE.says("the payload arrives byte for byte"))
                .isEqualTo(payload);
    }

    @Test
    @DisplayName("1.3 a subscriber registered twice gets the message twice, in subscription order")
    void twoSubscriptionsTwoCopies() {
        List<String> log = new ArrayList<>();
        broker.subscribe("a.b", m -> log.add("first"));
        broker.subscribe("a.*", m -> log.add("second"));
        broker.subscribe("a.b", m -> log.add("third"));

        broker.publish("a.b", "x");

        assertThat(log)
                .as(EXERCISE.says("every matching subscription, wildcards included, is delivered to, in the order they"
                        + " subscribed"))
                .containsExactly("first", "second", "third");
    }

    @Test
    @DisplayName("1.3 invalid subjects are refused: wildcards to publish, broken subjects to subscribe")
    void invalidSubjectsAreRefused() {
        // catchThrowable, not assertThatThrownBy: when nothing is thrown, the description must still be shown.
        assertThat(catchThrowable(() -> broker.subscribe("orders..eu", m -> {})))
                .as(EXERCISE.says("subscribe(\"orders..eu\") rejects an invalid subject with IllegalArgumentException"))
                .isInstanceOf(IllegalArgumentException.class);
        broker.subscribe("orders.>", m -> {});
        assertThat(catchThrowable(() -> broker.publish("orders.*", "x")))
                .as(EXERCISE.says("publish(\"orders.*\") rejects a wildcard subject with IllegalArgumentException:"
                        + " wildcards are for subscribing, a publisher names one subject"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
