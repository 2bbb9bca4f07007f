package workshop.step08.server;

import java.nio.charset.StandardCharsets;
import workshop.given.Subjects;
import workshop.step08.mapping.SubjectMappings;
import workshop.step08.protocol.PubArgs;
import workshop.step08.routing.MatchResult;
import workshop.step08.routing.SubjectIndex;
import workshop.step08.routing.Subscription;

/**
 * Delivers one published message: maps its subject, finds the matching subscriptions, and sends a
 * {@code MSG} (or {@code HMSG} when the message has headers) to every plain subscriber and to one
 * member of each queue group. When a request (a message with a reply subject) reaches nobody and
 * its publisher asked for it, the publisher gets a "no responders" status at once instead of
 * waiting for its timeout. Runs on the publisher's reader thread.
 *
 * <pre>
 *   MSG  &lt;subject&gt; &lt;sid&gt; [reply] &lt;size&gt;\r\n&lt;payload&gt;\r\n
 *   HMSG &lt;subject&gt; &lt;sid&gt; [reply] &lt;header size&gt; &lt;total size&gt;\r\n&lt;headers&gt;&lt;payload&gt;\r\n
 * </pre>
 */
public final class MessageRouter {

    /** The header block of a "no responders" reply: a status line, then the blank line that ends headers. */
    static final byte[] NO_RESPONDERS_HEADERS = "NATS/1.0 503\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final SubjectIndex index;
    private final SubjectMappings mappings;

    public MessageRouter(SubjectIndex index, SubjectMappings mappings) {
        this.index = index;
        this.mappings = mappings;
    }

    /**
     * Routes the message {@code message} announced, whose payload (headers first, if it has any) is
     * {@code payload[offset .. offset + message.totalSize())}.
     */
    public void route(ClientSession from, PubArgs message, byte[] payload, int offset) {
        // TODO Exercise 8.7: Map the subject; deliver to every plain match (mind echo) and to one member of each queue
        // group; answer 503 when a request reached nobody.
        throw new UnsupportedOperationException("Exercise 8.7 is not solved yet: Deliver MSG and HMSG. Read step08-broker-internals/README.md#87-deliver-msg-and-hmsg");
    }

    /**
     * The subscriptions a published subject reaches. Like nats-server's sublist, a subject with an
     * empty token ({@code a..b}, {@code .a}, {@code a.}) reaches none; a wildcard in a published
     * subject is just a token here ({@code orders.*} reaches the filters {@code orders.*},
     * {@code orders.>} and {@code >}).
     */
    private MatchResult matchesOf(String subject) {
        return Subjects.hasEmptyToken(subject) ? MatchResult.EMPTY : index.match(subject);
    }

    /** Sends one message to one subscription; false when its maximum was already reached or its client is too slow. */
    private boolean deliver(Subscription subscription, String subject, PubArgs message, byte[] payload, int offset) {
        // TODO Exercise 8.7: Claim a delivery, write the MSG or HMSG line, send; once the subscription reached its
        // maximum, remove it.
        throw new UnsupportedOperationException("Exercise 8.7 is not solved yet: Deliver MSG and HMSG. Read step08-broker-internals/README.md#87-deliver-msg-and-hmsg");
    }

    /**
     * The control line that delivers {@code message} on {@code subject} (the subject after mapping)
     * to subscription {@code sid}, ending in {@code \r\n}.
     */
    static byte[] head(String subject, String sid, PubArgs message) {
        // TODO Exercise 8.7: MSG without headers, HMSG with them; the reply subject only when there is one.
        throw new UnsupportedOperationException("Exercise 8.7 is not solved yet: Deliver MSG and HMSG. Read step08-broker-internals/README.md#87-deliver-msg-and-hmsg");
    }

    /**
     * Tells a requester nobody is listening: an HMSG on the reply subject, to the requester's own
     * subscription that matches it (jnats has one, {@code _INBOX.<id>.*}), with the 503 status.
     */
    private void sendNoResponders(ClientSession requester, String replyTo) {
        // TODO Exercise 8.7: Find the requester's subscription whose filter matches the reply subject; send it the 503
        // status as headers with no payload.
        throw new UnsupportedOperationException("Exercise 8.7 is not solved yet: Deliver MSG and HMSG. Read step08-broker-internals/README.md#87-deliver-msg-and-hmsg");
    }
}
