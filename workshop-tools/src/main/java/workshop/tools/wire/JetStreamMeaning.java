package workshop.tools.wire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What JetStream (and the other APIs built on core NATS: key/value, object store, services) means
 * by a frame that, on the wire, is just a PUB or a MSG. JetStream is request/reply: a stream is
 * created by a request to {@code $JS.API.STREAM.CREATE.<stream>}, a pull is a request to
 * {@code $JS.API.CONSUMER.MSG.NEXT.<stream>.<consumer>}, an ack is a publish to the message's
 * {@code $JS.ACK.…} reply subject, and the server answers in messages, some with a status header.
 */
public final class JetStreamMeaning {

    private JetStreamMeaning() {}

    /** A client's PUB or HPUB: an API request, an ack, a flow control reply, a KV put, a service request, or a plain request. */
    public static Optional<String> ofPublish(Frame frame, Headers headers, Conversation conversation) {
        String subject = frame.subject();
        String reply = frame.replyTo();
        Optional<String> meaning;
        if (subject.startsWith("$JS.API.")) {
            meaning = Optional.of(
                    apiRequest(subject.substring("$JS.API.".length()).split("\\."), frame.payloadText()));
        } else if (subject.startsWith("$JS.ACK.")) {
            String[] ack = ack(frame.payloadText());
            meaning = Optional.of(ack[0] + " for " + ackedMessage(subject) + ": " + ack[1]
                    + (reply.isEmpty() ? "" : "; the client waits for the server to confirm it"));
        } else if (subject.startsWith("$JS.FC.")) {
            meaning = Optional.of("flow control reply: the client keeps up, the server may send more");
        } else if (subject.startsWith("$KV.")) {
            meaning = Optional.of(kvWrite(subject, headers));
        } else if (subject.startsWith("$O.")) {
            String[] tokens = subject.split("\\.");
            meaning = Optional.of(
                    tokens.length > 2 && tokens[2].equals("M")
                            ? "object store: the metadata of an object in " + tokens[1]
                            : "object store: a chunk of an object in " + (tokens.length > 1 ? tokens[1] : "?"));
        } else if (subject.startsWith("$SRV.")) {
            meaning = Optional.of(service(subject));
        } else if (!reply.isEmpty()) {
            meaning = Optional.of("request: the reply (or, from a stream, the publish ack) comes to " + reply);
        } else {
            meaning = Optional.empty();
        }
        if (!reply.isEmpty()) {
            String label = meaning.filter(m -> !m.startsWith("request:"))
                    .map(m -> m.replaceFirst("^JetStream API: ", ""))
                    .map(m -> m.contains(": ") ? m.substring(0, m.indexOf(": ")) : m)
                    .orElse("the request on " + subject);
            conversation.requested(reply, label);
        }
        return meaning;
    }

    /** A MSG or HMSG from the server: a status (heartbeat, flow control, a pull's end, no responders), a JetStream message, a reply. */
    public static Optional<String> ofMessage(Frame frame, Headers headers, Conversation conversation) {
        Optional<String> answered = conversation.answers(frame.subject());
        if (headers.status().isPresent()) {
            return Optional.of(status(headers, answered));
        }
        String reply = frame.replyTo();
        if (reply.startsWith("$JS.ACK.")) {
            return Optional.of("JetStream message, " + deliveredMessage(reply) + "; ack on its reply subject");
        }
        String payload = frame.payloadText();
        Optional<String> answer = response(payload);
        if (answer.isPresent()) {
            return Optional.of(answer.get()
                    + (answer.get().startsWith("JetStream error")
                            ? answered.map(a -> " (to: " + a + ")").orElse("")
                            : ""));
        }
        if (answered.isPresent()) {
            return Optional.of(
                    answered.get().matches("(ack|nak|term|in progress) .*")
                            ? "the server confirms the " + answered.get()
                            : "the reply to " + answered.get());
        }
        if (frame.subject().startsWith("$JS.EVENT.ADVISORY.")) {
            return Optional.of("JetStream advisory: " + frame.subject().substring("$JS.EVENT.ADVISORY.".length()));
        }
        return Optional.empty();
    }

    private static String apiRequest(String[] t, String payload) {
        Map<String, Object> json = payload.isBlank() ? Map.of() : orEmpty(ConnectInfo.object(payload));
        String what = t.length > 1 ? t[0] + "." + t[1] : t[0];
        return "JetStream API: "
                + switch (what) {
                    case "INFO" -> "account info (limits, usage)";
                    case "STREAM.CREATE" -> "create stream " + at(t, 2) + subjects(json);
                    case "STREAM.UPDATE" -> "update stream " + at(t, 2) + subjects(json);
                    case "STREAM.INFO" -> "stream info " + at(t, 2);
                    case "STREAM.DELETE" -> "delete stream " + at(t, 2);
                    case "STREAM.PURGE" ->
                        "purge stream " + at(t, 2)
                                + (json.containsKey("filter") ? " (subject " + json.get("filter") + ")" : "");
                    case "STREAM.NAMES" -> "list stream names";
                    case "STREAM.LIST" -> "list streams";
                    case "STREAM.MSG" ->
                        (at(t, 2).equals("GET") ? "get a message of " : "delete a message of ")
                                + at(t, 3)
                                + which(json);
                    case "DIRECT.GET" -> directGet(t, json);
                    case "CONSUMER.CREATE" ->
                        "create consumer " + consumerName(t.length > 3 ? t[3] : null, json) + "on stream " + at(t, 2)
                                + consumerKind(json);
                    case "CONSUMER.DURABLE" ->
                        "create durable consumer " + at(t, 4) + " on stream " + at(t, 3) + consumerKind(json);
                    case "CONSUMER.INFO" -> "consumer info " + at(t, 3) + " of stream " + at(t, 2);
                    case "CONSUMER.DELETE" -> "delete consumer " + at(t, 3) + " of stream " + at(t, 2);
                    case "CONSUMER.NAMES" -> "list consumer names of stream " + at(t, 2);
                    case "CONSUMER.LIST" -> "list consumers of stream " + at(t, 2);
                    case "CONSUMER.MSG" ->
                        "pull request to consumer " + at(t, 4) + " of stream " + at(t, 3) + ": " + pull(payload, json);
                    case "CONSUMER.PAUSE" -> "pause consumer " + at(t, 3) + " of stream " + at(t, 2);
                    default -> String.join(".", t).toLowerCase(java.util.Locale.ROOT);
                };
    }

    private static String pull(String payload, Map<String, Object> json) {
        if (json.isEmpty()) {
            return payload.isBlank() ? "batch 1" : "batch " + payload.strip(); // the old form: just a number
        }
        StringBuilder text = new StringBuilder("batch " + ConnectInfo.shown(json.getOrDefault("batch", 1L)));
        if (json.get("expires") instanceof Number nanos) {
            text.append(", expires in ").append(duration(nanos.doubleValue()));
        }
        if (Boolean.TRUE.equals(json.get("no_wait"))) {
            text.append(", no_wait (answer now, even with nothing)");
        }
        if (json.get("max_bytes") instanceof Number bytes && bytes.longValue() > 0) {
            text.append(", max ").append(bytes.longValue()).append(" B");
        }
        if (json.get("idle_heartbeat") instanceof Number nanos) {
            text.append(", heartbeat every ").append(duration(nanos.doubleValue()));
        }
        return text.toString();
    }

    /** What the client says with an ack's payload, and what the server then does with the message. */
    private static String[] ack(String payload) {
        String body = payload.strip();
        if (body.isEmpty() || body.equals("+ACK")) {
            return new String[] {"ack +ACK", "done, never redelivered"};
        }
        if (body.startsWith("-NAK")) {
            Map<String, Object> json = orEmpty(ConnectInfo.object(body.substring(4)));
            return new String[] {
                "nak -NAK",
                "redeliver "
                        + (json.get("delay") instanceof Number nanos ? "after " + duration(nanos.doubleValue()) : "now")
            };
        }
        if (body.equals("+WPI")) {
            return new String[] {"in progress +WPI", "still working on it, AckWait starts again"};
        }
        if (body.startsWith("+TERM")) {
            String reason = body.substring(5).strip();
            return new String[] {"term +TERM", "never redeliver" + (reason.isEmpty() ? "" : " (" + reason + ")")};
        }
        if (body.startsWith("+NXT")) {
            return new String[] {"ack +NXT", "done, and send the next"};
        }
        return new String[] {"ack " + Payload.abbreviate(body, 20), "an ack payload the spy does not know"};
    }

    /** {@code $JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>.<consumer seq>.<time>.<pending>}, with a domain and account hash in front since 2.9 (11+ tokens). */
    private static String[] ackFields(String subject) {
        String[] t = subject.split("\\.");
        int offset = t.length >= 11 ? 4 : 2;
        if (t.length < offset + 7) {
            return null;
        }
        return new String[] {t[offset], t[offset + 1], t[offset + 2], t[offset + 3], t[offset + 4], t[offset + 6]};
    }

    private static String ackedMessage(String subject) {
        String[] f = ackFields(subject);
        return f == null
                ? "a message"
                : "stream " + f[0] + " seq " + f[3] + " (consumer " + f[1] + ", delivery " + f[2] + ")";
    }

    private static String deliveredMessage(String reply) {
        String[] f = ackFields(reply);
        if (f == null) {
            return "not in the usual ack form";
        }
        String delivery = f[2].equals("1") ? "first delivery" : "delivery " + f[2] + " (redelivered)";
        return "stream " + f[0] + " seq " + f[3] + ", consumer " + f[1] + " seq " + f[4] + ", " + delivery + ", " + f[5]
                + " pending";
    }

    private static String status(Headers headers, Optional<String> answered) {
        int code = headers.status().orElseThrow();
        String description = headers.description();
        String what = switch (code) {
            case 100 ->
                description.toLowerCase(java.util.Locale.ROOT).contains("flow")
                        ? "flow control request: the server waits for a reply before it sends more"
                        : "idle heartbeat: the consumer is alive, nothing new to deliver"
                                + headers.get("Nats-Last-Stream")
                                        .map(seq -> " (last stream seq " + seq + ")")
                                        .orElse("");
            case 404 ->
                "pull ended: no messages"
                        + (description.isEmpty() || description.equalsIgnoreCase("No Messages")
                                ? ""
                                : " (" + description + ")");
            case 408 ->
                "pull ended: " + (description.isEmpty() ? "request timeout" : description)
                        + headers.get("Nats-Pending-Messages")
                                .map(n -> ", " + n + " of the batch not delivered")
                                .orElse("");
            case 409 -> "pull ended: " + description;
            case 503 -> "no responders: nobody subscribes to the request's subject, so the server answers at once";
            default -> "status " + code + (description.isEmpty() ? "" : " " + description);
        };
        return answered.map(request -> what + " (to: " + request + ")").orElse(what);
    }

    /** A JSON answer: a publish ack, a JetStream API response (by its type), an error. */
    private static Optional<String> response(String payload) {
        if (!payload.startsWith("{")) {
            return Optional.empty();
        }
        Map<String, Object> json = ConnectInfo.object(payload);
        if (json == null) {
            return Optional.empty();
        }
        if (json.get("error") instanceof Map<?, ?> error) {
            return Optional.of(
                    "JetStream error " + ConnectInfo.shown(error.get("code")) + ": " + error.get("description"));
        }
        if (json.containsKey("stream") && json.containsKey("seq")) {
            return Optional.of("publish ack: stored in stream " + json.get("stream") + " as seq "
                    + ConnectInfo.shown(json.get("seq"))
                    + (Boolean.TRUE.equals(json.get("duplicate")) ? ", a duplicate (not stored again)" : ""));
        }
        if (json.get("type") instanceof String type && type.startsWith("io.nats.jetstream.api.v1.")) {
            return Optional.of(
                    type.substring("io.nats.jetstream.api.v1.".length()).replace('_', ' '));
        }
        if (json.get("type") instanceof String type && type.startsWith("io.nats.micro.v1.")) {
            return Optional.of(
                    "service " + type.substring("io.nats.micro.v1.".length()).replace('_', ' ') + " from "
                            + json.get("name") + (json.get("id") != null ? " (instance " + json.get("id") + ")" : ""));
        }
        return Optional.empty();
    }

    private static String directGet(String[] t, Map<String, Object> json) {
        String stream = at(t, 2);
        if (t.length > 3) {
            String subject = String.join(".", java.util.Arrays.copyOfRange(t, 3, t.length));
            if (stream.startsWith("KV_") && subject.startsWith("$KV.")) {
                String[] kv = subject.split("\\.", 3);
                return "KV get " + stream.substring(3) + " " + (kv.length > 2 ? kv[2] : "?") + " (the last message on "
                        + subject + ")";
            }
            return "direct get: the last message on " + subject + " in stream " + stream;
        }
        return "direct get from stream " + stream + which(json);
    }

    private static String kvWrite(String subject, Headers headers) {
        String[] t = subject.split("\\.", 3);
        String bucket = t.length > 1 ? t[1] : "?";
        String key = t.length > 2 ? t[2] : "?";
        String operation = headers.get("KV-Operation").orElse("PUT").toUpperCase(java.util.Locale.ROOT);
        return switch (operation) {
            case "DEL" -> "KV delete " + bucket + " " + key + " (a marker: the history stays)";
            case "PURGE" -> "KV purge " + bucket + " " + key + " (the history goes)";
            default ->
                "KV put " + bucket + " " + key + ": a publish to the bucket's stream KV_" + bucket
                        + headers.get("Nats-Expected-Last-Subject-Sequence")
                                .map(revision -> revision.equals("0")
                                        ? ", only if the key has no value yet (create)"
                                        : ", only if the key is still at revision " + revision + " (update)")
                                .orElse("");
        };
    }

    private static String service(String subject) {
        String[] t = subject.split("\\.");
        String verb = at(t, 1);
        String about = t.length > 2
                ? " of " + String.join(".", java.util.Arrays.copyOfRange(t, 2, t.length))
                : " of every service";
        return switch (verb) {
            case "PING" -> "service discovery: who is there?" + (t.length > 2 ? " (" + about.substring(4) + ")" : "");
            case "INFO" -> "service discovery: endpoints and metadata" + about;
            case "STATS" -> "service discovery: request counts and times" + about;
            default -> "service API: " + subject;
        };
    }

    private static String subjects(Map<String, Object> json) {
        return json.get("subjects") instanceof List<?> subjects
                ? " (subjects "
                        + String.join(
                                ", ", subjects.stream().map(String::valueOf).toList()) + ")"
                : "";
    }

    private static String which(Map<String, Object> json) {
        if (json.containsKey("seq")) {
            return ", seq " + ConnectInfo.shown(json.get("seq"));
        }
        if (json.containsKey("last_by_subj")) {
            return ", the last on " + json.get("last_by_subj");
        }
        return "";
    }

    private static String consumerName(String fromSubject, Map<String, Object> json) {
        Object config = json.get("config");
        Map<?, ?> c = config instanceof Map<?, ?> m ? m : Map.of();
        Object name = fromSubject != null
                ? fromSubject
                : c.get("durable_name") != null ? c.get("durable_name") : c.get("name");
        return name == null ? "" : name + " ";
    }

    private static String consumerKind(Map<String, Object> json) {
        Map<?, ?> c = json.get("config") instanceof Map<?, ?> m ? m : Map.of();
        StringBuilder text = new StringBuilder(
                c.containsKey("deliver_subject") ? " (push, to " + c.get("deliver_subject") : " (pull");
        if (c.get("ack_policy") != null) {
            text.append(", ack ").append(c.get("ack_policy"));
        }
        if (c.get("filter_subject") != null) {
            text.append(", filter ").append(c.get("filter_subject"));
        }
        if (c.get("max_deliver") instanceof Number max && max.longValue() > 0) {
            text.append(", max_deliver ").append(max.longValue());
        }
        return text.append(")").toString();
    }

    private static String duration(double nanos) {
        if (nanos >= 1e9) {
            double seconds = nanos / 1e9;
            return (seconds == Math.rint(seconds)
                            ? String.valueOf((long) seconds)
                            : String.format(java.util.Locale.ROOT, "%.1f", seconds))
                    + " s";
        }
        return (long) (nanos / 1e6) + " ms";
    }

    private static String at(String[] tokens, int index) {
        return index < tokens.length ? tokens[index] : "?";
    }

    private static Map<String, Object> orEmpty(Map<String, Object> json) {
        return json == null ? Map.of() : json;
    }
}
