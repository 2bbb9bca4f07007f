package workshop.step03.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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

/** Exercise 3.4: many requests answered through one wildcard inbox subscription. */
@ExtendWith(SeededRandomResolver.class)
class MuxedRequesterTest {

    private static final Exercise EXERCISE = Exercise.of("3.4");
    private static final Duration LONG = Duration.ofSeconds(5);

    /** Tokens for the tests, unique within a test (Inboxes, another exercise, is not needed here). */
    private static Supplier<String> tokens(Random random) {
        AtomicInteger next = new AtomicInteger();
        String run = Integer.toString(random.nextInt(1_000_000));
        return () -> "t" + run + "n" + next.incrementAndGet();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("3.4 answers many requests through one wildcard inbox subscription")
    void oneSubscriptionForAll(Random random) throws Exception {
        // Replies are held back until every request is out, so they are all in flight at once.
        Broker broker = new Broker(random);
        List<Message> held = new CopyOnWriteArrayList<>();
        broker.subscribe("echo", held::add);
        int before = broker.subscriptionCount();

        try (MuxedRequester requester = new MuxedRequester(broker, tokens(random))) {
            List<String> payloads = new ArrayList<>();
            List<CompletableFuture<Message>> replies = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String payload = "job-" + i + "-" + random.nextInt(1000);
                payloads.add(payload);
                replies.add(requester.request("echo", bytes(payload), LONG));
            }
            assertThat(broker.subscriptionCount() - before)
                    .as(EXERCISE.says("50 requests in flight, one subscription"))
                    .isEqualTo(1);
            assertThat(requester.pendingCount())
                    .as(EXERCISE.says("50 requests wait"))
                    .isEqualTo(50);

            List<Message> shuffled = new ArrayList<>(held);
            Collections.shuffle(shuffled, random);
            for (Message request : shuffled) {
                assertThat(request.replyTo())
                        .as(EXERCISE.says("reply subjects are <prefix><token>"))
                        .startsWith(requester.inboxPrefix())
                        .matches("_INBOX\\.[^.]+\\.[^.]+");
                broker.publish(Message.of(request.replyTo(), "re: " + request.text()));
            }

            for (int i = 0; i < payloads.size(); i++) {
                assertThat(replies.get(i).get(1, TimeUnit.SECONDS).text())
                        .as(EXERCISE.says("each reply reaches the request it answers, whatever the order"))
                        .isEqualTo("re: " + payloads.get(i));
            }
            assertThat(requester.pendingCount())
                    .as(EXERCISE.says("answered requests are forgotten"))
                    .isZero();
        }
    }

    @Test
    @DisplayName("3.4 fails a request at once on a 503 status")
    void noResponders(Random random) {
        Broker broker = new Broker(random);
        // Here a subscriber plays NoRespondersBroker's part (another exercise) and answers 503 itself.
        broker.subscribe("nobody.home", request -> broker.publish(Message.noResponders(request.replyTo())));
        try (MuxedRequester requester = new MuxedRequester(broker, tokens(random))) {
            CompletableFuture<Message> reply = requester.request("nobody.home", bytes("?"), LONG);

            assertThat(reply).as(EXERCISE.says("done before request() returns")).isDone();
            // catchThrowable, not assertThatThrownBy: when nothing is thrown, the description must still be shown.
            assertThat(catchThrowable(reply::get))
                    .as(EXERCISE.says("a 503 status fails the request with NoRespondersException"))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(NoRespondersException.class);
            assertThat(requester.pendingCount())
                    .as(EXERCISE.says("a request failed by a 503 is forgotten"))
                    .isZero();
        }
    }

    @Test
    @DisplayName("3.4 times out, forgets the request, and ignores a reply that comes too late")
    void timeoutAndLateReply(Random random) throws Exception {
        Broker broker = new Broker(random);
        List<Message> held = new CopyOnWriteArrayList<>();
        broker.subscribe("slow.service", held::add);

        try (MuxedRequester requester = new MuxedRequester(broker, tokens(random))) {
            CompletableFuture<Message> late = requester.request("slow.service", bytes("late"), Duration.ofMillis(50));
            CompletableFuture<Message> onTime = requester.request("slow.service", bytes("on time"), LONG);

            assertThat(catchThrowable(() -> late.get(2, TimeUnit.SECONDS)))
                    .as(EXERCISE.says("no answer within 50 ms"))
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TimeoutException.class);
            await().alias(EXERCISE.says("a timed-out request is forgotten"))
                    .atMost(LONG)
                    .until(requester::pendingCount, count -> count == 1);

            broker.publish(Message.of(held.get(0).replyTo(), "too late"));
            assertThat(requester.ignoredReplies())
                    .as(EXERCISE.says(
                            "the late reply is counted and ignored, once: one subscription serves every request"))
                    .isEqualTo(1);
            assertThat(onTime)
                    .as(EXERCISE.says("the late reply must not complete another request"))
                    .isNotDone();

            broker.publish(Message.of(held.get(1).replyTo(), "just right"));
            assertThat(onTime.get(1, TimeUnit.SECONDS).text())
                    .as(EXERCISE.says("the reply on time completes its own request"))
                    .isEqualTo("just right");
        }
    }

    @Test
    @DisplayName("3.4 close ends the subscription and cancels what still waits")
    void closeCleansUp(Random random) {
        Broker broker = new Broker(random);
        broker.subscribe("slow.service", request -> {});
        int before = broker.subscriptionCount();
        MuxedRequester requester = new MuxedRequester(broker, tokens(random));
        CompletableFuture<Message> waiting = requester.request("slow.service", bytes("?"), LONG);

        requester.close();

        assertThat(broker.subscriptionCount())
                .as(EXERCISE.says("no subscription left after close"))
                .isEqualTo(before);
        assertThat(waiting)
                .as(EXERCISE.says("a request still waiting fails when the requester closes"))
                .isCompletedExceptionally();
    }
}
