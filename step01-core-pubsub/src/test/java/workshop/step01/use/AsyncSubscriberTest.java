package workshop.step01.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.ErrorListener;
import io.nats.client.Message;
import io.nats.client.Options;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

/** Exercise 1.7: asynchronous subscriptions with a Dispatcher, and wildcards on the real server. */
@NatsServerTest
class AsyncSubscriberTest {

    private static final Exercise EXERCISE = Exercise.of("1.7");

    @Test
    @DisplayName("1.7 a dispatcher hears what another connection publishes right after subscribe() returns")
    void hearsOtherConnections(Connection listener, NatsServer server, Random random) throws Exception {
        String subject = "greetings." + random.nextInt(10_000);
        List<String> received = new CopyOnWriteArrayList<>();

        Dispatcher dispatcher = AsyncSubscriber.subscribe(
                listener, subject, message -> received.add(new String(message.getData(), StandardCharsets.UTF_8)));
        try (Connection publisher = server.connect()) {
            // No waiting before publishing: subscribe() must only return once the server has the interest.
            publisher.publish(subject, "hello".getBytes(StandardCharsets.UTF_8));
            publisher.flush(Duration.ofSeconds(1));
        }

        await().alias(EXERCISE.says("the handler receives the message published after subscribe() returned"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> received.contains("hello"));
        assertThat(dispatcher.isActive())
                .as(EXERCISE.says("the returned dispatcher is active"))
                .isTrue();
        listener.closeDispatcher(dispatcher);
    }

    @Test
    @DisplayName("1.7 subscribe() returns only once the server has the interest, even on a connection busy sending")
    void subscribeWaitsForTheServer(Connection listener, NatsServer server, Random random) throws Exception {
        String subject = "alerts." + random.nextInt(10_000);
        List<String> received = new CopyOnWriteArrayList<>();
        try (Connection publisher = server.connect()) {
            // The listener has just sent a lot, to a subject nobody hears: a SUB it sends now waits behind that
            // backlog, while the publisher's next message reaches the server at once.
            byte[] bulk = new byte[512 * 1024];
            for (int i = 0; i < 32; i++) {
                listener.publish("backlog." + subject, bulk);
            }
            AsyncSubscriber.subscribe(
                    listener, subject, message -> received.add(new String(message.getData(), StandardCharsets.UTF_8)));
            publisher.publish(subject, "first".getBytes(StandardCharsets.UTF_8));
            publisher.flush(Duration.ofSeconds(2));
            listener.flush(Duration.ofSeconds(5)); // from here on the server has the interest, whatever subscribe() did
            publisher.publish(subject, "last".getBytes(StandardCharsets.UTF_8));
            publisher.flush(Duration.ofSeconds(2));
        }

        await().alias(EXERCISE.says("the message published once the interest was certain arrives"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> received.contains("last"));
        assertThat(received)
                .as(EXERCISE.says("the message published right after subscribe() returned arrives too, before 'last':"
                        + " subscribe() must flush() the connection, so the server has the interest when it returns"))
                .containsExactly("first", "last");
    }

    @Test
    @DisplayName("1.7 the server applies '*' and '>' exactly as the hand-built broker does")
    void wildcardsOnTheRealServer(Connection connection, Random random) throws Exception {
        String root = "shop" + random.nextInt(10_000);
        List<String> star = new CopyOnWriteArrayList<>();
        List<String> tail = new CopyOnWriteArrayList<>();
        AsyncSubscriber.subscribe(connection, root + ".*.created", subjectInto(star));
        AsyncSubscriber.subscribe(connection, root + ".>", subjectInto(tail));

        List<String> published = List.of(
                root + ".eu.created",
                root + ".us.created",
                root + ".eu.cancelled",
                root + ".eu.x.created",
                root,
                "other.eu.created");
        for (String subject : published) {
            connection.publish(subject, new byte[0]);
        }
        connection.publish(root + ".done", new byte[0]); // the last one: when it arrives, everything before it has
        await().alias(EXERCISE.says("the '>' subscription receives " + root + ".done"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> tail.contains(root + ".done"));

        assertThat(star)
                .as(EXERCISE.says("'%s.*.created' matches one token in the middle", root))
                .containsExactlyInAnyOrder(root + ".eu.created", root + ".us.created");
        assertThat(tail)
                .as(EXERCISE.says("'%s.>' matches one or more tokens after '%s', never '%s' itself", root, root, root))
                .containsExactlyInAnyOrder(
                        root + ".eu.created",
                        root + ".us.created",
                        root + ".eu.cancelled",
                        root + ".eu.x.created",
                        root + ".done");
    }

    @Test
    @DisplayName(
            "1.7 the server delivers a message published to a wildcard subject; only a pedantic connection hears -ERR, and it is delivered all the same")
    void wildcardPublishIsDelivered(Connection connection, NatsServer server, Random random) throws Exception {
        String root = "orders" + random.nextInt(10_000);
        List<String> star = new CopyOnWriteArrayList<>();
        List<String> tail = new CopyOnWriteArrayList<>();
        List<String> literal = new CopyOnWriteArrayList<>();
        AsyncSubscriber.subscribe(connection, root + ".*", payloadInto(star));
        AsyncSubscriber.subscribe(connection, root + ".>", payloadInto(tail));
        AsyncSubscriber.subscribe(connection, root + ".eu", payloadInto(literal));

        List<String> lenientErrors = new CopyOnWriteArrayList<>();
        List<String> pedanticErrors = new CopyOnWriteArrayList<>();
        try (Connection lenient = server.connect(new Options.Builder().errorListener(errorsInto(lenientErrors)));
                Connection pedantic =
                        server.connect(new Options.Builder().pedantic().errorListener(errorsInto(pedanticErrors)))) {
            lenient.publish(root + ".*", "lenient".getBytes(StandardCharsets.UTF_8));
            lenient.flush(Duration.ofSeconds(2));
            pedantic.publish(root + ".*", "pedantic".getBytes(StandardCharsets.UTF_8));
            pedantic.publish(root + "..eu", "empty token".getBytes(StandardCharsets.UTF_8));
            pedantic.flush(Duration.ofSeconds(2));
            await().alias(EXERCISE.says("the pedantic connection hears -ERR 'Invalid Publish Subject' (server "
                            + server.version() + ")"))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> !pedanticErrors.isEmpty());
        }
        connection.publish(
                root + ".all.done",
                "done".getBytes(StandardCharsets.UTF_8)); // only the ">" filter matches it; it arrives last
        await().alias(EXERCISE.says("the '>' subscription receives " + root + ".all.done"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> tail.contains("done"));

        assertThat(star)
                .as(EXERCISE.says("'%s.*' receives both messages published to '%s.*'", root, root))
                .containsExactly("lenient", "pedantic");
        assertThat(tail)
                .as(EXERCISE.says(
                        "'%s.>' receives them too, but not the one to '%s..eu' (an empty token reaches nobody)",
                        root, root))
                .containsExactly("lenient", "pedantic", "done");
        assertThat(literal)
                .as(EXERCISE.says("'%s.eu' is not '%s.*': it receives nothing", root, root))
                .isEmpty();
        assertThat(lenientErrors)
                .as(EXERCISE.says("a connection that is not pedantic (jnats' default) is not told anything"))
                .isEmpty();
        assertThat(pedanticErrors)
                .as(EXERCISE.says("the pedantic connection is told, once per bad subject"))
                .allSatisfy(error -> assertThat(error)
                        .as(EXERCISE.says("the -ERR the pedantic connection hears"))
                        .containsIgnoringCase("Invalid Publish Subject"));
    }

    private static io.nats.client.MessageHandler payloadInto(List<String> payloads) {
        return (Message message) -> payloads.add(new String(message.getData(), StandardCharsets.UTF_8));
    }

    private static ErrorListener errorsInto(List<String> errors) {
        return new ErrorListener() {
            @Override
            public void errorOccurred(Connection connection, String error) {
                errors.add(error);
            }
        };
    }

    private static io.nats.client.MessageHandler subjectInto(List<String> subjects) {
        return (Message message) -> subjects.add(message.getSubject());
    }
}
