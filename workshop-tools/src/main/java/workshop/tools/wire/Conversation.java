package workshop.tools.wire;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the spy remembers of one client connection, so that a frame can be named by what came
 * before it: the request each reply subject answers (a JetStream API response, a publish ack, a
 * service's reply), and whether TLS has made the rest unreadable.
 */
public final class Conversation {

    private static final int REMEMBERED = 1000;

    private final Map<String, String> requestsByReply = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };
    private boolean encrypted;

    /** Remembers that replies to {@code replyTo} answer {@code what} ("create stream orders"). */
    public synchronized void requested(String replyTo, String what) {
        if (!replyTo.isEmpty()) {
            requestsByReply.put(replyTo, what);
        }
    }

    /** What a message on this subject answers, if it is a reply subject the client asked on. */
    public synchronized Optional<String> answers(String subject) {
        return Optional.ofNullable(requestsByReply.get(subject));
    }

    public synchronized void encrypted() {
        encrypted = true;
    }

    public synchronized boolean isEncrypted() {
        return encrypted;
    }
}
