package workshop.step03.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step03.given.Broker;
import workshop.step03.given.Message;
import workshop.step03.given.NoRespondersException;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 3.3: a request with its own inbox: the first reply, a 503, or a timeout. */
@ExtendWith(SeededRandomResolver.class)
class RequesterTest {

    private static final Exercise EXERCISE = Exercise.of("3.3");
    private static final Duration LONG = Duration.ofSeconds(5);

    /** Inbox subjects for the tests, unique within a test (Inboxes, another exercise, is not needed here). */
    private static Supplier<String> inboxes(Random random) {
        AtomicInteger next = new AtomicInteger();
        String run = Integer.toString(random.nextInt(1_000_000));
        return () -> "_INBOX.test" + run + "n" + next.incrementAndGet();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void answerWith(Broker broker, Message request, String text) {
        broker.publish(Message.of(request.replyTo(), text));
    }

    /**
     * Checks that a request to a responder that answers at once is already complete: the broker delivers
     * synchronously, so the answer came while {@code publish} ran, and only an inbox subscribed before that heard it.
     */
    private static CompletableFuture<Message> answeredDuringPublish(CompletableFuture<Message> reply) {
        assertThat(reply)
                .as(EXERCISE.says("the broker delivers synchronously, so the reply came while publish() ran: the inbox"
                        + " must be subscribed before publishing the request"))
                .isDone();
        return reply;
    }

    @Test
    @DisplayName("3.3 returns the responder's reply")
    void returnsTheReply(Random random) throws Exception {
        Broker broker = new Broker(random);
        broker.subscribe("greet.*", request -> answerWith(broker, request, "hello, " + request.text()));
        Requester requester = new Requester(broker, inboxes(random));
        String name = "ada" + random.nextInt(100);

        CompletableFuture<Message> reply = requester.request("greet.en", bytes(name), LONG);

        assertThat(answeredDuringPublish(reply).get(1, TimeUnit.SECONDS).text())
                .as(EXERCISE.says("the future completes with the reply the responder sent to the inbox"))
                .isEqualTo("hello, " + name);
    }

    @Test
    @DisplayName(
            "3.3 sends each request with its own inbox as the reply subject, and ends the subscription after the reply")
    void freshInboxEachTime(Random random) throws Exception {
        Broker broker = new Broker(random);
        List<String> replySubjects = new CopyOnWriteArrayList<>();
        broker.subscribe("echo", request -> {
            replySubjects.add(request.replyTo());
            answerWith(broker, request, request.text());
        });
        int before = broker.subscriptionCount();
        Requester requester = new Requester(broker, inboxes(random));

        for (int i = 0; i < 3; i++) {
            answeredDuringPublish(requester.request("echo", bytes("hi " + i), LONG))
                    .get(1, TimeUnit.SECONDS);
        }

        assertThat(replySubjects)
                .as(EXERCISE.says("three requests, three different inboxes"))
                .hasSize(3)
                .doesNotHaveDuplicates()
                .allMatch(subject -> subject.startsWith("_INBOX."));
        await().alias(EXERCISE.says("each inbox subscription ends with its reply"))
                .atMost(LONG)
                .until(broker::subscriptionCount, count -> count == before);
    }

    @Test
    @DisplayName("3.3 keeps the first reply: the later ones find no inbox and are dropped")
    void firstReplyWins(Random random) throws Exception {
        Broker broker = new Broker(random);
        broker.subscribe("prices.quote", request -> answerWith(broker, request, "fast: 100"));
        broker.subscribe("prices.quote", request -> answerWith(broker, request, "slow: 101"));
        Requester requester = new Requester(broker, inboxes(random));

        Message reply = answeredDuringPublish(requester.request("prices.quote", bytes("BTC"), LONG))
                .get(1, TimeUnit.SECONDS);

        assertThat(reply.text()).as(EXERCISE.says("the first answer wins")).isEqualTo("fast: 100");
        assertThat(broker.droppedCount())
                .as(EXERCISE.says("the second answer arrived after the inbox subscription ended"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("3.3 fails at once with NoRespondersException when the answer is a 503 status")
    void failsOnNoResponders(Random random) {
        Broker broker = new Broker(random);
        // Here a subscriber plays NoRespondersBroker's part (another exercise) and answers 503 itself.
        broker.subscribe("prices.quote", request -> broker.publish(Message.noResponders(request.replyTo())));
        Requester requester = new Requester(broker, inboxes(random));

        CompletableFuture<Message> reply = requester.request("prices.quote", bytes("BTC"), LONG);

        assertThat(reply)
                .as(EXERCISE.says("a 503 ends the request before publish() returns, not after the timeout"))
                .isDone();
        // catchThrowable, not assertThatThrownBy: when nothing is thrown, the description must still be shown.
        assertThat(catchThrowable(reply::get))
                .as(EXERCISE.says("a 503 status fails the request with NoRespondersException"))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NoRespondersException.class);
    }

    @Test
    @DisplayName("3.3 times out when nobody answers, and then ends the inbox subscription")
    void timesOut(Random random) {
        Broker broker = new Broker(random);
        broker.subscribe("prices.quote", request -> {});
        int before = broker.subscriptionCount();
        Requester requester = new Requester(broker, inboxes(random));

        CompletableFuture<Message> reply = requester.request("prices.quote", bytes("BTC"), Duration.ofMillis(50));

        assertThat(catchThrowable(() -> reply.get(1, TimeUnit.SECONDS)))
                .as(EXERCISE.says("no answer within 50 ms: the request fails with its timeout"))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
        // The subscription ends right after the future fails, on the same thread: a second is generous.
        await().alias(EXERCISE.says("a timed-out request leaves no subscription behind: unsubscribe the inbox when the"
                        + " request ends"))
                .atMost(Duration.ofSeconds(1))
                .until(broker::subscriptionCount, count -> count == before);
    }
}
