package workshop.step03.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.Options;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

/** Exercise 3.6: telling "nobody listens" from "nobody answered in time". */
@NatsServerTest
class NoRespondersTest {

    private static final Exercise EXERCISE = Exercise.of("3.6");
    private static final byte[] QUESTION = "anyone?".getBytes(StandardCharsets.UTF_8);

    /** Subscribes to {@code subject} and never answers. */
    private static void silentSubscriber(Connection connection, String subject) throws Exception {
        Dispatcher silent = connection.createDispatcher(message -> {});
        silent.subscribe(subject);
        connection.flush(Duration.ofSeconds(2));
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    @Test
    @DisplayName(
            "3.6 the server's no-responders answer is a status message: 503, no payload; 2.12 and newer name the subject in Nats-Subject")
    void theStatusMessageItself(Connection connection, NatsServer server, Random random) throws Exception {
        String subject = "nobody.here." + random.nextInt(1000);
        String inbox = connection.createInbox();
        Subscription replies = connection.subscribe(inbox);
        connection.publish(subject, inbox, QUESTION);

        Message status = replies.nextMessage(Duration.ofSeconds(2));
        replies.unsubscribe();

        assertThat(status)
                .as(EXERCISE.says("the server answers a request nobody listens to at once"))
                .isNotNull();
        assertThat(status.isStatusMessage())
                .as(EXERCISE.says("it is a status message, not a reply"))
                .isTrue();
        assertThat(status.getStatus().getCode())
                .as(EXERCISE.says("its status is 503"))
                .isEqualTo(503);
        assertThat(status.getData()).as(EXERCISE.says("it has no payload")).isEmpty();
        String named = status.getHeaders() == null ? null : status.getHeaders().getFirst("Nats-Subject");
        if (server.version().atLeast("2.12.0")) {
            assertThat(named)
                    .as(EXERCISE.says(
                            "nats-server %s names the request's subject in the header Nats-Subject", server.version()))
                    .isEqualTo(subject);
        } else {
            assertThat(named)
                    .as(EXERCISE.says("nats-server %s sends no Nats-Subject header with the 503", server.version()))
                    .isNull();
        }
    }

    @Test
    @DisplayName("3.6 by default, a request nobody listens to returns nothing at once, not after the timeout")
    void defaultReturnsNothingAtOnce(Connection connection, Random random) throws Exception {
        long start = System.nanoTime();
        var reply =
                NoResponders.ask(connection, "nobody.home." + random.nextInt(1000), QUESTION, Duration.ofSeconds(10));

        assertThat(reply).as(EXERCISE.says("no responder, no reply")).isEmpty();
        assertThat(millisSince(start))
                .as(EXERCISE.says("the server's 503 ends the wait long before the 10 s timeout"))
                .isLessThan(3_000);
    }

    @Test
    @DisplayName("3.6 by default, a timeout also returns nothing: the two cannot be told apart")
    void defaultTimeoutLooksTheSame(Connection connection, Random random) throws Exception {
        String subject = "silent." + random.nextInt(1000);
        silentSubscriber(connection, subject);

        long start = System.nanoTime();
        var reply = NoResponders.ask(connection, subject, QUESTION, Duration.ofMillis(200));

        assertThat(reply)
                .as(EXERCISE.says(
                        "a subscriber that never answers gives no reply either: ask() returns empty after its timeout"))
                .isEmpty();
        assertThat(millisSince(start))
                .as(EXERCISE.says("somebody listens, so the whole timeout passes"))
                .isGreaterThanOrEqualTo(150);
    }

    @Test
    @DisplayName("3.6 with reportNoResponders, the request's future fails with a 503 status exception")
    void reportNoResponders(NatsServer server, Random random) throws Exception {
        Options.Builder options = NoResponders.reportingNoResponders(new Options.Builder());
        try (Connection connection = server.connect(options)) {
            CompletableFuture<Message> reply = connection.request("nobody.home." + random.nextInt(1000), QUESTION);
            Throwable failure = catchThrowable(() -> reply.get(5, TimeUnit.SECONDS));

            assertThat(failure)
                    .as(EXERCISE.says("the future fails instead of being cancelled"))
                    .isInstanceOf(ExecutionException.class);
            assertThat(NoResponders.isNoResponders(failure))
                    .as(EXERCISE.says(
                            "%s is a 503 status: no responders (the status exception is a cause, look through the"
                                    + " cause chain)",
                            failure))
                    .isTrue();
        }
        assertThat(NoResponders.isNoResponders(new ExecutionException(new TimeoutException("slow"))))
                .as(EXERCISE.says("a timeout is not a 503"))
                .isFalse();
    }

    @Test
    @DisplayName(
            "3.6 with advanced request behaviour, the reply says whether nobody listened, nobody answered, or it worked")
    void advancedRequestBehaviour(NatsServer server, Random random) throws Exception {
        String silent = "silent." + random.nextInt(1000);
        String echo = "echo." + random.nextInt(1000);
        try (Connection connection = server.connect(NoResponders.advancedRequests(new Options.Builder()))) {
            silentSubscriber(connection, silent);
            Dispatcher echoer =
                    connection.createDispatcher(message -> connection.publish(message.getReplyTo(), message.getData()));
            echoer.subscribe(echo);
            connection.flush(Duration.ofSeconds(2));

            long start = System.nanoTime();
            Message nobody =
                    connection.request("nobody.home." + random.nextInt(1000), QUESTION, Duration.ofSeconds(10));
            assertThat(NoResponders.outcomeOf(nobody))
                    .as(EXERCISE.says("a request nobody listens to is NO_RESPONDERS"))
                    .isEqualTo(RequestOutcome.NO_RESPONDERS);
            assertThat(millisSince(start))
                    .as(EXERCISE.says("the 503 says \"nobody listens\" at once, not after the 10 s timeout"))
                    .isLessThan(3_000);

            Message unanswered = connection.request(silent, QUESTION, Duration.ofMillis(200));
            assertThat(NoResponders.outcomeOf(unanswered))
                    .as(EXERCISE.says("a request somebody listens to but does not answer is TIMED_OUT"))
                    .isEqualTo(RequestOutcome.TIMED_OUT);

            Message answered = connection.request(echo, QUESTION, Duration.ofSeconds(5));
            assertThat(NoResponders.outcomeOf(answered))
                    .as(EXERCISE.says("a request that gets a reply is ANSWERED"))
                    .isEqualTo(RequestOutcome.ANSWERED);
        }
    }
}
