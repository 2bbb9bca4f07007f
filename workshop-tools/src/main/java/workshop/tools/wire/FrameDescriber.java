package workshop.tools.wire;

import java.util.Optional;

/**
 * One frame as one line of plain ASCII: the control line as sent, headers and the start of the
 * payload, and in brackets what it means (credentials masked in CONNECT). Core NATS frames are named
 * here; JetStream's, KV's and the service API's by {@link JetStreamMeaning}.
 */
public final class FrameDescriber {

    private FrameDescriber() {}

    public static String describe(Frame frame, Direction direction, Conversation conversation) {
        return switch (frame.op()) {
            case "CONNECT" -> "CONNECT " + ConnectInfo.connect(frame.arguments());
            case "INFO" -> {
                if (direction == Direction.SERVER_TO_CLIENT && ConnectInfo.tlsRequired(frame.arguments())) {
                    conversation.encrypted();
                }
                yield "INFO " + ConnectInfo.info(frame.arguments());
            }
            case "PUB", "HPUB", "MSG", "HMSG" -> message(frame, direction, conversation);
            case "SUB" -> "SUB " + frame.arguments() + meaning(sub(frame));
            case "UNSUB" ->
                "UNSUB " + frame.arguments()
                        + meaning(
                                frame.fields().size() > 1
                                        ? Optional.of("unsubscribe after "
                                                + frame.fields().get(1) + " messages in all")
                                        : Optional.of("unsubscribe now"));
            case "PING" ->
                "PING"
                        + meaning(Optional.of(
                                direction == Direction.CLIENT_TO_SERVER
                                        ? "the client asks for a PONG: a flush, or a keepalive"
                                        : "the server checks that the client is alive"));
            case "PONG" -> "PONG";
            case "+OK" -> "+OK" + meaning(Optional.of("verbose mode: the server accepted the last frame"));
            case "-ERR" ->
                "-ERR " + frame.arguments()
                        + meaning(Optional.of("the server reports an error; most close the connection"));
            default ->
                frame.op()
                        + (frame.arguments().isEmpty() ? "" : " " + frame.arguments())
                        + meaning(Optional.of("not a NATS operation"));
        };
    }

    private static String message(Frame frame, Direction direction, Conversation conversation) {
        Headers headers = Headers.parse(frame.headers());
        StringBuilder line = new StringBuilder(frame.op()).append(' ').append(frame.arguments());
        String shownHeaders = headers.shown();
        if (!shownHeaders.isEmpty()) {
            line.append("  ").append(shownHeaders);
        }
        if (frame.payload().length > 0) {
            line.append("  ").append(Payload.quoted(frame.payload(), Payload.SHOWN));
        }
        Optional<String> meaning = direction == Direction.CLIENT_TO_SERVER
                ? JetStreamMeaning.ofPublish(frame, headers, conversation)
                : JetStreamMeaning.ofMessage(frame, headers, conversation);
        return line + meaning(meaning);
    }

    private static Optional<String> sub(Frame frame) {
        var fields = frame.fields();
        if (fields.size() == 3) {
            return Optional.of("queue group " + fields.get(1) + ": each message goes to one member");
        }
        String subject = fields.isEmpty() ? "" : fields.getFirst();
        if (subject.startsWith("_INBOX.") && subject.endsWith(".*")) {
            return Optional.of("the client's reply inbox: replies to all its requests arrive here");
        }
        return Optional.empty();
    }

    private static String meaning(Optional<String> meaning) {
        return meaning.map(m -> "  [" + m + "]").orElse("");
    }
}
