package workshop.step03.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.Options;
import io.nats.client.Subscription;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

/** Exercise 3.5: a responder and a requester on the real server. */
@NatsServerTest
class UppercaseServiceTest {

    private static final Exercise EXERCISE = Exercise.of("3.5");
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    /** How long ask() waits: a local reply takes milliseconds, and a reply that never comes fails the test sooner. */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(2);

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    @Test
    @DisplayName("3.5 a request gets the responder's reply")
    void requestAndReply(Connection connection, NatsServer server, Random random) throws Exception {
        String subject = "text.upper." + random.nextInt(1000);
        String word = randomWord(random);
        try (Connection responderConnection = server.connect()) {
            UppercaseService.serve(responderConnection, subject);

            assertThat(UppercaseService.ask(connection, subject, word, ANSWER_WAIT))
                    .as(EXERCISE.says(
                            "the reply to '%s': a responder publishes its answer to the request's reply subject", word))
                    .contains(word.toUpperCase(Locale.ROOT));
        }
    }

    @Test
    @DisplayName("3.5 the request carries the requester's inbox as its reply subject")
    void replySubjectIsAnInbox(Connection connection, NatsServer server, Random random) throws Exception {
        String subject = "text.upper." + random.nextInt(1000);
        try (Connection responderConnection = server.connect()) {
            UppercaseService.serve(responderConnection, subject);
            Subscription spy = connection.subscribe(subject);
            connection.flush(PATIENCE);

            UppercaseService.ask(connection, subject, "hello", PATIENCE);
            Message seen = spy.nextMessage(PATIENCE);

            assertThat(seen)
                    .as(EXERCISE.says("a request went out on %s", subject))
                    .isNotNull();
            assertThat(seen.getReplyTo())
                    .as(EXERCISE.says("ask() sends a request, which has a reply subject"))
                    .startsWith("_INBOX.");
        }
    }

    @Test
    @DisplayName("3.5 two responders in one queue group answer each request once")
    void oneAnswerPerRequest(NatsServer server, Random random) throws Exception {
        String subject = "text.upper." + random.nextInt(1000);
        String inboxes = "_INBOX_"
                + random.nextInt(100_000); // this requester's own inboxes: no other client's replies are counted
        AtomicInteger repliesSeen = new AtomicInteger();
        try (Connection connection = server.connect(new Options.Builder().inboxPrefix(inboxes));
                Connection first = server.connect();
                Connection second = server.connect();
                Connection sniffer = server.connect()) {
            // Every reply goes to an inbox under the requester's prefix; a plain subscriber there counts them all.
            Dispatcher counter = sniffer.createDispatcher(reply -> repliesSeen.incrementAndGet());
            counter.subscribe(inboxes + ".>");
            sniffer.flush(PATIENCE);
            UppercaseService.serve(first, subject);
            UppercaseService.serve(second, subject);

            for (int i = 0; i < 20; i++) {
                String word = randomWord(random);
                assertThat(UppercaseService.ask(connection, subject, word, ANSWER_WAIT))
                        .as(EXERCISE.says(
                                "ask(\"%s\") gets the word back in upper case: a responder publishes its answer to the"
                                        + " request's reply subject",
                                word))
                        .contains(word.toUpperCase(Locale.ROOT));
            }
            await().alias(EXERCISE.says("20 replies on the wire"))
                    .atMost(PATIENCE)
                    .until(() -> repliesSeen.get() >= 20);
            // Whatever the responders sent has reached the server once their flushes return, and the
            // sniffer's flush returns after the server forwarded it.
            first.flush(PATIENCE);
            second.flush(PATIENCE);
            sniffer.flush(PATIENCE);
            assertThat(repliesSeen.get())
                    .as(EXERCISE.says("20 requests, 20 replies: responders must share requests in a queue group"))
                    .isEqualTo(20);
        }
    }

    @Test
    @DisplayName("3.5 asking with nobody listening gives no answer")
    void nobodyListening(Connection connection, Random random) throws Exception {
        assertThat(UppercaseService.ask(
                        connection, "text.nobody." + random.nextInt(1000), "hello", Duration.ofMillis(500)))
                .as(EXERCISE.says("no responder, no reply"))
                .isEmpty();
    }
}
