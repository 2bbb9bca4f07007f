package workshop.step08.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes down every operation the parser hands over, as one line each, the way it was on the wire. */
final class RecordingHandler implements ProtocolHandler {

    final List<String> operations = new ArrayList<>();

    @Override
    public void connect(String json) {
        operations.add("CONNECT " + json);
    }

    @Override
    public void info(String json) {
        operations.add("INFO " + json);
    }

    @Override
    public void ping() {
        operations.add("PING");
    }

    @Override
    public void pong() {
        operations.add("PONG");
    }

    @Override
    public void subscribe(SubArgs args) {
        operations.add("SUB " + args.filter()
                + args.queueGroup().map(group -> " " + group).orElse("") + " " + args.sid());
    }

    @Override
    public void unsubscribe(UnsubArgs args) {
        operations.add("UNSUB " + args.sid() + " " + args.maxDeliveries());
    }

    @Override
    public void publish(PubArgs args, byte[] buffer, int offset) {
        String payload = new String(buffer, offset, args.totalSize(), StandardCharsets.ISO_8859_1);
        operations.add((args.hasHeaders() ? "HPUB " : "PUB ") + args.subject()
                + args.replyTo().map(replyTo -> " " + replyTo).orElse("")
                + (args.hasHeaders() ? " " + args.headerSize().getAsInt() : "")
                + " " + args.totalSize() + " [" + payload + "]");
    }
}
