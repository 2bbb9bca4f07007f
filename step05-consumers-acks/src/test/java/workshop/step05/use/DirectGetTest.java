package workshop.step05.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static workshop.step05.use.DurableConsumersTest.bytes;
import static workshop.step05.use.DurableConsumersTest.createStream;
import static workshop.step05.use.DurableConsumersTest.refusal;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 5.20: direct get, the last message on a subject without a consumer. */
@NatsServerTest
class DirectGetTest {

    private static final Exercise EXERCISE = Exercise.of("5.20");

    @Test
    @DisplayName(
            "5.20 a last-value stream allows direct gets, keeps one message per subject, and latest reads each subject's last")
    void latestPerSubject(JetStream jetStream, JetStreamManagement jsm, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("PRICES");
        String root = "prices" + random.nextInt(1000);

        DirectGet.createLastValueStream(jsm, stream, root + ".>");
        int updates = 3 + random.nextInt(5);
        for (int i = 1; i <= updates; i++) {
            jetStream.publish(root + ".eur", bytes("eur " + i));
            jetStream.publish(root + ".usd", bytes("usd " + i));
        }

        StreamConfiguration config = jsm.getStreamInfo(stream).getConfiguration();
        assertThat(config.getAllowDirect())
                .as(EXERCISE.says("the stream allows direct gets"))
                .isTrue();
        assertThat(config.getMaxMsgsPerSubject())
                .as(EXERCISE.says("one message per subject"))
                .isEqualTo(1);
        assertThat(jsm.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("only the latest of each subject is kept"))
                .isEqualTo(2);
        assertThat(DirectGet.latest(jsm, stream, root + ".eur"))
                .as(EXERCISE.says("the last eur price"))
                .isEqualTo("eur " + updates);
        assertThat(DirectGet.latest(jsm, stream, root + ".usd"))
                .as(EXERCISE.says("the last usd price"))
                .isEqualTo("usd " + updates);
        JetStreamApiException none = refusal(() -> DirectGet.latest(jsm, stream, root + ".gbp"));
        assertThat(none).as(EXERCISE.says("no gbp price: an error, not null")).isNotNull();
        assertThat(none.getApiErrorCode())
                .as(EXERCISE.says("message not found, 10037"))
                .isEqualTo(10037);
    }

    @Test
    @DisplayName(
            "5.20 a direct get is a plain request to $JS.API.DIRECT.GET.<stream>.<subject>; a stream without allow_direct does not answer there")
    void directGetOnTheWire(
            NatsServer server,
            Connection connection,
            JetStream jetStream,
            JetStreamManagement jsm,
            TestResources resources,
            Random random)
            throws Exception {
        String direct = resources.stream("PRICES");
        String plain = resources.stream("QUOTES");
        String root = "prices" + random.nextInt(1000);
        DirectGet.createLastValueStream(jsm, direct, root + ".>");
        createStream(jsm, plain, "quotes" + random.nextInt(1000));
        jetStream.publish(root + ".eur", bytes("eur 1"));

        Message answer =
                connection.request("$JS.API.DIRECT.GET." + direct + "." + root + ".eur", null, Duration.ofSeconds(2));
        CompletableFuture<Message> toPlain = connection.request("$JS.API.DIRECT.GET." + plain + ".anything", null);
        Throwable nobody = catchThrowable(() -> toPlain.get(500, TimeUnit.MILLISECONDS));

        assertThat(answer)
                .as(EXERCISE.says("the stream answers the direct get itself"))
                .isNotNull();
        assertThat(new String(answer.getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says("the stored payload, as it was published"))
                .isEqualTo("eur 1");
        assertThat(answer.getHeaders().getFirst("Nats-Subject"))
                .as(EXERCISE.says("headers say what it is"))
                .isEqualTo(root + ".eur");
        assertThat(answer.getHeaders().getFirst("Nats-Sequence"))
                .as(EXERCISE.says("and where it is stored"))
                .isEqualTo("1");
        if (server.version().atLeast("2.10.0")) {
            assertThat(nobody)
                    .as(EXERCISE.says(
                            "nats-server %s: a stream without allow_direct has no responder there; the server says "
                                    + "503 no responders, and jnats cancels the request at once",
                            server.version()))
                    .isInstanceOf(CancellationException.class);
        } else {
            assertThat(nobody)
                    .as(EXERCISE.says(
                            "nats-server %s: a stream without allow_direct does not answer there at all: the request "
                                    + "times out",
                            server.version()))
                    .isInstanceOf(TimeoutException.class);
        }
    }

    @Test
    @DisplayName(
            "5.20 a batch get (multi_last) before 2.11: the server drops the field it does not know and answers 408 Empty Request")
    void batchGetOnOlderServers(
            NatsServer server,
            Connection connection,
            JetStream jetStream,
            JetStreamManagement jsm,
            TestResources resources,
            Random random)
            throws Exception {
        String stream = resources.stream("PRICES");
        String root = "prices" + random.nextInt(1000);
        DirectGet.createLastValueStream(jsm, stream, root + ".>");
        jetStream.publish(root + ".eur", bytes("eur 1"));

        Message first = connection.request(
                "$JS.API.DIRECT.GET." + stream,
                ("{\"multi_last\":[\"" + root + ".*\"]}").getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(2));

        assertThat(first).as(EXERCISE.says("an answer on every server")).isNotNull();
        if (server.version()
                .atLeast("2.11.0")) { // stream.go (v2.11.0): JSApiMsgGetRequest.MultiLastFor, getDirectMulti
            assertThat(first.isStatusMessage())
                    .as(EXERCISE.says(
                            "nats-server %s answers with the message first (5.21 reads the rest)", server.version()))
                    .isFalse();
            assertThat(new String(first.getData(), StandardCharsets.UTF_8))
                    .as(EXERCISE.says("the last eur price"))
                    .isEqualTo("eur 1");
        } else {
            assertThat(first.isStatusMessage())
                    .as(EXERCISE.says("nats-server %s answers with a status", server.version()))
                    .isTrue();
            assertThat(first.getStatus().getCode())
                    .as(EXERCISE.says("408: the request names no sequence and no subject it knows"))
                    .isEqualTo(408);
            assertThat(first.getStatus().getMessage())
                    .as(EXERCISE.says("the server says why"))
                    .isEqualTo("Empty Request");
        }
    }
}
