package workshop.tools.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What each frame is called: core operations, credentials masked, and JetStream's requests, acks and statuses by name. */
class FrameDescriberTest {

    private final Conversation conversation = new Conversation();

    private String client(String wire) {
        return describe(wire, Direction.CLIENT_TO_SERVER);
    }

    private String server(String wire) {
        return describe(wire, Direction.SERVER_TO_CLIENT);
    }

    private String describe(String wire, Direction direction) {
        List<Frame> frames = new FrameParser().feed(wire.getBytes(StandardCharsets.UTF_8));
        assertThat(frames).hasSize(1);
        String line = FrameDescriber.describe(frames.getFirst(), direction, conversation);
        assertThat(line).as("one line of plain ASCII").matches("[\\x20-\\x7e]*");
        return line;
    }

    /** An HPUB or HMSG with the header block and payload sized correctly. */
    private static String withHeaders(String start, String headers, String payload) {
        int h = headers.getBytes(StandardCharsets.UTF_8).length;
        int p = payload.getBytes(StandardCharsets.UTF_8).length;
        return start + " " + h + " " + (h + p) + "\r\n" + headers + payload + "\r\n";
    }

    private static String plain(String start, String payload) {
        return start + " " + payload.getBytes(StandardCharsets.UTF_8).length + "\r\n" + payload + "\r\n";
    }

    @Test
    @DisplayName("CONNECT reads as key=value with every credential masked; INFO shows what a learner can use")
    void connectAndInfo() {
        String connect = client(
                "CONNECT {\"verbose\":false,\"lang\":\"java\",\"version\":\"2.26.2\",\"user\":\"ann\",\"pass\":\"s3cret\","
                        + "\"auth_token\":\"t0ken\",\"jwt\":\"eyJ.x\",\"sig\":\"c2ln\",\"nkey\":\"UABC\",\"headers\":true,\"protocol\":1}\r\n");
        assertThat(connect)
                .startsWith("CONNECT verbose=false lang=java version=2.26.2 user=ann pass=***")
                .contains("auth_token=***", "jwt=***", "sig=***", "nkey=***", "protocol=1")
                .doesNotContain("s3cret", "t0ken", "eyJ", "c2ln", "UABC");
        assertThat(server(
                        "INFO {\"server_id\":\"NABC\",\"server_name\":\"NABC\",\"version\":\"2.9.10\",\"proto\":1,\"go\":\"go1.19\","
                                + "\"headers\":true,\"max_payload\":1048576,\"jetstream\":true,\"client_id\":4}\r\n"))
                .isEqualTo("INFO version=2.9.10 proto=1 jetstream=true headers=true max_payload=1048576 client_id=4");
    }

    @Test
    @DisplayName(
            "core frames: a queue group, the reply inbox, auto-unsubscribe, no responders, a reply, PING both ways, -ERR")
    void core() {
        assertThat(client("SUB jobs workers 3\r\n")).contains("[queue group workers: each message goes to one member]");
        assertThat(client("SUB _INBOX.abc.* 1\r\n")).contains("reply inbox");
        assertThat(client("UNSUB 4 2\r\n")).contains("unsubscribe after 2 messages");
        assertThat(client(plain("PUB svc.echo _INBOX.abc.7", "hi")))
                .contains("PUB svc.echo _INBOX.abc.7 2  \"hi\"  [request:");
        assertThat(server(withHeaders("HMSG _INBOX.abc.7 1", "NATS/1.0 503\r\n\r\n", "")))
                .contains("[503]")
                .contains("no responders")
                .contains("(to: the request on svc.echo)");
        assertThat(client(plain("PUB svc.echo _INBOX.abc.8", "hi"))).contains("request");
        assertThat(server(plain("MSG _INBOX.abc.8 1", "HI"))).endsWith("[the reply to the request on svc.echo]");
        assertThat(client("PING\r\n")).contains("the client asks for a PONG");
        assertThat(server("PING\r\n")).contains("the server checks that the client is alive");
        assertThat(server("-ERR 'Authorization Violation'\r\n")).contains("-ERR 'Authorization Violation'");
        assertThat(client(plain("PUB bin", "\u0000\u0001\n"))).contains("\"\\x00\\x01\\n\"");
        assertThat(client(plain("PUB long", "x".repeat(500)))).contains("... (+436 B)");
        assertThat(client("PUB binary 3\r\n\u00ff\u00fe\u0041\r\n"))
                .as("3 of the 5 bytes: not UTF-8, so a \\x escape each")
                .endsWith("PUB binary 3  \"\\xc3\\xbf\\xc3\"");
    }

    @Test
    @DisplayName(
            "JetStream API requests: stream create, consumer create, a pull with its batch and expiry; the responses by type")
    void apiRequests() {
        assertThat(client(plain(
                        "PUB $JS.API.STREAM.CREATE.ORDERS _INBOX.a.1",
                        "{\"name\":\"ORDERS\",\"subjects\":[\"orders.>\"]}")))
                .contains("[JetStream API: create stream ORDERS (subjects orders.>)]");
        assertThat(server(plain(
                        "MSG _INBOX.a.1 1",
                        "{\"type\":\"io.nats.jetstream.api.v1.stream_create_response\",\"config\":{}}")))
                .endsWith("[stream create response]");
        assertThat(
                        client(
                                plain(
                                        "PUB $JS.API.CONSUMER.CREATE.ORDERS.work.orders.> _INBOX.a.2",
                                        "{\"stream_name\":\"ORDERS\",\"config\":{\"name\":\"work\",\"ack_policy\":\"explicit\",\"max_deliver\":3}}")))
                .contains("[JetStream API: create consumer work on stream ORDERS (pull, ack explicit, max_deliver 3)]");
        assertThat(
                        client(
                                plain(
                                        "PUB $JS.API.CONSUMER.DURABLE.CREATE.ORDERS.old _INBOX.a.3",
                                        "{\"config\":{\"durable_name\":\"old\",\"deliver_subject\":\"push.here\",\"ack_policy\":\"none\"}}")))
                .contains("create durable consumer old on stream ORDERS (push, to push.here, ack none)");
        assertThat(client(plain(
                        "PUB $JS.API.CONSUMER.MSG.NEXT.ORDERS.work _INBOX.a.4",
                        "{\"batch\":10,\"expires\":5000000000,\"idle_heartbeat\":500000000}")))
                .contains(
                        "pull request to consumer work of stream ORDERS: batch 10, expires in 5 s, heartbeat every 500 ms");
        assertThat(client(plain(
                        "PUB $JS.API.CONSUMER.MSG.NEXT.ORDERS.work _INBOX.a.5", "{\"batch\":1,\"no_wait\":true}")))
                .contains("batch 1, no_wait");
        assertThat(server(plain(
                        "MSG _INBOX.a.9 1",
                        "{\"error\":{\"code\":404,\"err_code\":10059,\"description\":\"stream not found\"}}")))
                .contains("[JetStream error 404: stream not found]");
        assertThat(client(plain("PUB $JS.API.INFO _INBOX.a.6", ""))).contains("account info");
        assertThat(client(plain("PUB $JS.API.DIRECT.GET.KV_prefs.$KV.prefs.theme _INBOX.a.7", "")))
                .contains("KV get prefs theme");
    }

    @Test
    @DisplayName(
            "a JetStream message by its $JS.ACK reply subject, then acks by their payload: +ACK, -NAK (with delay), +WPI, +TERM, +NXT")
    void acks() {
        String v1 = "$JS.ACK.ORDERS.work.2.17.9.1700000000000000000.4";
        String v2 = "$JS.ACK._.a1b2c3.ORDERS.work.1.18.10.1700000000000000000.3.r4nd";
        assertThat(server(plain("MSG orders.new 1 " + v1, "o-17")))
                .contains(
                        "[JetStream message, stream ORDERS seq 17, consumer work seq 9, delivery 2 (redelivered), 4 pending; ack on its reply subject]");
        assertThat(server(plain("MSG orders.new 1 " + v2, "o-18")))
                .contains("stream ORDERS seq 18, consumer work seq 10, first delivery, 3 pending");
        assertThat(client(plain("PUB " + v1, "+ACK")))
                .contains("[ack +ACK for stream ORDERS seq 17 (consumer work, delivery 2): done, never redelivered]");
        assertThat(client(plain("PUB " + v1, ""))).contains("ack +ACK");
        assertThat(client(plain("PUB " + v1, "-NAK")))
                .contains("nak -NAK for stream ORDERS seq 17")
                .contains("redeliver now");
        assertThat(client(plain("PUB " + v1, "-NAK {\"delay\":2000000000}"))).contains("redeliver after 2 s");
        assertThat(client(plain("PUB " + v2, "+WPI")))
                .contains("in progress +WPI for stream ORDERS seq 18")
                .contains("AckWait starts again");
        assertThat(client(plain("PUB " + v1, "+TERM poison")))
                .contains("term +TERM")
                .contains("never redeliver (poison)");
        assertThat(client(plain("PUB " + v1, "+NXT"))).contains("ack +NXT");
        assertThat(client(plain("PUB " + v1 + " _INBOX.a.10", "+ACK")))
                .contains("the client waits for the server to confirm it");
    }

    @Test
    @DisplayName(
            "status messages: idle heartbeat, flow control, a pull that found nothing, expired or ended; publish acks")
    void statusesAndPublishAcks() {
        client(plain("PUB $JS.API.CONSUMER.MSG.NEXT.ORDERS.work _INBOX.p.1", "{\"batch\":5,\"expires\":1000000000}"));
        assertThat(server(withHeaders(
                        "HMSG _INBOX.p.1 1",
                        "NATS/1.0 100 Idle Heartbeat\r\nNats-Last-Consumer: 3\r\nNats-Last-Stream: 9\r\n\r\n",
                        "")))
                .contains("[100 Idle Heartbeat; Nats-Last-Consumer: 3, Nats-Last-Stream: 9]")
                .contains(
                        "idle heartbeat: the consumer is alive, nothing new to deliver (last stream seq 9) (to: pull request to consumer work of stream ORDERS)");
        assertThat(server(withHeaders(
                        "HMSG push.here 2 $JS.FC.ORDERS.x.1", "NATS/1.0 100 FlowControl Request\r\n\r\n", "")))
                .contains("flow control request: the server waits for a reply before it sends more");
        assertThat(client(plain("PUB $JS.FC.ORDERS.x.1", ""))).contains("flow control reply");
        assertThat(server(withHeaders(
                        "HMSG _INBOX.p.1 1",
                        "NATS/1.0 408 Request Timeout\r\nNats-Pending-Messages: 5\r\nNats-Pending-Bytes: 0\r\n\r\n",
                        "")))
                .contains("pull ended: Request Timeout, 5 of the batch not delivered");
        assertThat(server(withHeaders("HMSG _INBOX.p.2 1", "NATS/1.0 404 No Messages\r\n\r\n", "")))
                .contains("[pull ended: no messages]");
        assertThat(server(withHeaders("HMSG _INBOX.p.3 1", "NATS/1.0 409 Exceeded MaxWaiting\r\n\r\n", "")))
                .contains("pull ended: Exceeded MaxWaiting");
        assertThat(server(plain("MSG _INBOX.q.1 1", "{\"stream\":\"ORDERS\",\"seq\":42}")))
                .contains("[publish ack: stored in stream ORDERS as seq 42]");
        assertThat(server(plain("MSG _INBOX.q.2 1", "{\"stream\":\"ORDERS\",\"seq\":42,\"duplicate\":true}")))
                .contains("a duplicate (not stored again)");
    }

    @Test
    @DisplayName("key/value, object store and service discovery frames are named for what they are built on")
    void builtOnTop() {
        assertThat(client(plain("PUB $KV.prefs.theme _INBOX.k.1", "dark")))
                .contains("KV put prefs theme: a publish to the bucket's stream KV_prefs");
        assertThat(client(withHeaders("HPUB $KV.prefs.theme _INBOX.k.2", "NATS/1.0\r\nKV-Operation: DEL\r\n\r\n", "")))
                .contains("KV delete prefs theme");
        assertThat(client(withHeaders(
                        "HPUB $KV.seats.r1 _INBOX.k.3",
                        "NATS/1.0\r\nNats-Expected-Last-Subject-Sequence: 0\r\n\r\n",
                        "ann")))
                .contains("only if the key has no value yet (create)");
        assertThat(client(withHeaders(
                        "HPUB $KV.seats.r1 _INBOX.k.4",
                        "NATS/1.0\r\nNats-Expected-Last-Subject-Sequence: 7\r\n\r\n",
                        "bob")))
                .contains("only if the key is still at revision 7 (update)");
        assertThat(server(plain(
                        "MSG _INBOX.k.4 1",
                        "{\"error\":{\"code\":400,\"err_code\":10071,\"description\":\"wrong last sequence: 8\"}}")))
                .contains("[JetStream error 400: wrong last sequence: 8 (to: KV put seats r1)]");
        assertThat(client(plain("PUB $JS.ACK.S.C.1.5.5.1700000000000000000.0 _INBOX.k.5", "+ACK")))
                .contains("waits for the server to confirm");
        assertThat(server("MSG _INBOX.k.5 1 0\r\n\r\n"))
                .contains("[the server confirms the ack +ACK for stream S seq 5 (consumer C, delivery 1)]");
        assertThat(
                        server(
                                plain(
                                        "MSG _INBOX.s.1 1",
                                        "{\"name\":\"minmax\",\"id\":\"X1\",\"version\":\"1.0.0\",\"type\":\"io.nats.micro.v1.ping_response\"}")))
                .contains("[service ping response from minmax (instance X1)]");
        assertThat(client(plain("PUB $O.files.C.abc123", "chunk")))
                .contains("object store: a chunk of an object in files");
        assertThat(client(plain("PUB $SRV.PING _INBOX.s.1", ""))).contains("service discovery: who is there?");
        assertThat(client(plain("PUB $SRV.INFO.minmax _INBOX.s.2", ""))).contains("endpoints and metadata of minmax");
    }
}
