package workshop.step08.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
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
        // EXERCISE 8.7 BEGIN: Map the subject; deliver to every plain match (mind echo) and to one member of each queue
        // group; answer 503 when a request reached nobody.
        String target = mappings.isEmpty() ? message.subject() : mappings.apply(message.subject());
        MatchResult matches = matchesOf(target);
        boolean echo = from.options().echo();
        boolean deliveredAny = false;
        List<Subscription> plain = matches.plain();
        for (int i = 0; i < plain.size(); i++) {
            Subscription subscription = plain.get(i);
            if (!echo && subscription.owner() == from) {
                continue;
            }
            deliveredAny |= deliver(subscription, target, message, payload, offset);
        }
        for (List<Subscription> group : matches.queueGroups()) {
            int start = ThreadLocalRandom.current().nextInt(group.size());
            for (int tried = 0; tried < group.size(); tried++) {
                Subscription member = group.get((start + tried) % group.size());
                if (!echo && member.owner() == from) {
                    continue;
                }
                if (deliver(member, target, message, payload, offset)) {
                    deliveredAny = true;
                    break;
                }
            }
        }
        if (!deliveredAny && message.replyTo().isPresent() && from.options().noResponders()) {
            sendNoResponders(from, message.replyTo().get());
        }
        // EXERCISE 8.7 END
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
        // EXERCISE 8.7 BEGIN: Claim a delivery, write the MSG or HMSG line, send; once the subscription reached its
        // maximum, remove it.
        if (!subscription.claimDelivery()) {
            return false;
        }
        byte[] head = head(subject, subscription.sid(), message);
        boolean sent = subscription.owner().send(head, payload, offset, message.totalSize());
        if (subscription.reachedMax() && index.remove(subscription)) {
            subscription.owner().expired(subscription);
        }
        return sent;
        // EXERCISE 8.7 END
    }

    /**
     * The control line that delivers {@code message} on {@code subject} (the subject after mapping)
     * to subscription {@code sid}, ending in {@code \r\n}.
     */
    static byte[] head(String subject, String sid, PubArgs message) {
        // EXERCISE 8.7 BEGIN: MSG without headers, HMSG with them; the reply subject only when there is one.
        StringBuilder line = new StringBuilder(subject.length() + 40);
        line.append(message.hasHeaders() ? "HMSG " : "MSG ")
                .append(subject)
                .append(' ')
                .append(sid)
                .append(' ');
        message.replyTo().ifPresent(replyTo -> line.append(replyTo).append(' '));
        message.headerSize().ifPresent(headerSize -> line.append(headerSize).append(' '));
        line.append(message.totalSize()).append("\r\n");
        return line.toString().getBytes(StandardCharsets.ISO_8859_1);
        // EXERCISE 8.7 END
    }

    /**
     * Tells a requester nobody is listening: an HMSG on the reply subject, to the requester's own
     * subscription that matches it (jnats has one, {@code _INBOX.<id>.*}), with the 503 status.
     */
    private void sendNoResponders(ClientSession requester, String replyTo) {
        // EXERCISE 8.7 BEGIN: Find the requester's subscription whose filter matches the reply subject; send it the 503
        // status as headers with no payload.
        int size = NO_RESPONDERS_HEADERS.length;
        PubArgs status = PubArgs.withHeaders(replyTo, Optional.empty(), size, size);
        for (Subscription own : requester.subscriptions()) {
            if (Subjects.matches(own.filter(), replyTo)) {
                requester.send(head(replyTo, own.sid(), status), NO_RESPONDERS_HEADERS, 0, size);
                return;
            }
        }
        // EXERCISE 8.7 END
    }
}
