package workshop.step04.build;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A stream in memory whose messages can expire one by one, as with nats-server 2.11's per-message
 * TTL ({@code allow_msg_ttl}, the {@code Nats-TTL} header), and that leaves a subject delete marker
 * ({@code subject_delete_marker_ttl}) on a subject whose last message expired.
 * <ul>
 *   <li>A message without a TTL of its own expires at the stream's {@code maxAge}, as in {@link MemoryStream}.</li>
 *   <li>A TTL (1 s at least) makes a message expire sooner; it never keeps one beyond {@code maxAge}.
 *       With markers on, a TTL shorter than the marker TTL is raised to it, as the server does, so
 *       a marker cannot outlive a newer message of its subject.</li>
 *   <li>A message published to never expire stays through {@code maxAge} and every TTL (count and
 *       byte limits still drop it).</li>
 *   <li>When an expiry removes the last message of a subject, and that message was no marker itself,
 *       the stream stores a marker there: an empty message with the reason {@value #MAX_AGE} that
 *       expires after the marker TTL (or {@code maxAge}, if sooner). Readers of the subject then see
 *       "deleted, because it expired" instead of nothing.</li>
 * </ul>
 * Built from the pieces of {@link MemoryStream}: {@link MessageLog} stores, {@link Admission} admits,
 * {@link Retention} enforces the count, byte and per-subject limits (this class does the ages
 * itself), {@link LastPerSubject} reads. Expiry happens on the next call after a message's time
 * has come (the real server runs a timer), so a marker is stamped with the clock of that call.
 */
public final class ExpiringStream {

    /** The shortest TTL nats-server accepts. */
    public static final Duration MIN_TTL = Duration.ofSeconds(1);
    /** nats-server's code for a TTL it cannot use: {@code invalid per-message TTL [10165]}. */
    public static final int INVALID_TTL = 10165;
    /** The reason a marker gives for a subject whose last message expired (by TTL or by maxAge). */
    public static final String MAX_AGE = "MaxAge";

    private final StreamConfig config;
    private final Duration markerTtl;
    private final Clock clock;
    private final MessageLog log;
    private final Map<Long, Duration> ttls = new HashMap<>(); // messages with a TTL of their own (markers too)
    private final Set<Long> neverExpiring = new HashSet<>();
    private final Map<Long, String> markerReasons = new HashMap<>();

    /**
     * @param markerTtl how long a subject delete marker lives (at least {@link #MIN_TTL});
     *                  {@link Duration#ZERO} for no markers
     */
    public ExpiringStream(StreamConfig config, Duration markerTtl, Clock clock) {
        if (!markerTtl.isZero() && markerTtl.compareTo(MIN_TTL) < 0) {
            throw new IllegalArgumentException("a delete marker TTL is 1 s at least, not " + markerTtl);
        }
        this.config = config;
        this.markerTtl = markerTtl;
        this.clock = clock;
        this.log = new MessageLog(clock);
    }

    /** Stores a message that expires at the stream's {@code maxAge}, if it has one. */
    public PublishAck publish(String subject, byte[] data) {
        return store(subject, data);
    }

    /**
     * Stores a message that expires {@code ttl} after it was stored, or at the stream's
     * {@code maxAge} if that comes first.
     *
     * @throws PublishRejected with {@link #INVALID_TTL} for a TTL under {@link #MIN_TTL}; nothing is stored then
     */
    public PublishAck publish(String subject, byte[] data, Duration ttl) {
        // TODO Exercise 4.14: Refuse a TTL under a second; with markers on, raise it to the marker TTL; store the
        // message and remember its TTL.
        throw new UnsupportedOperationException("Exercise 4.14 is not solved yet: Expire messages one by one. Read step04-jetstream-streams/README.md#414-expire-messages-one-by-one");
    }

    /** Stores a message that no TTL and no {@code maxAge} removes ({@code Nats-TTL: never}). */
    public PublishAck publishNeverExpiring(String subject, byte[] data) {
        PublishAck ack = store(subject, data);
        neverExpiring.add(ack.sequence());
        return ack;
    }

    /** The message with this sequence, or empty when there is none (never stored, expired, dropped). */
    public Optional<StoredMessage> get(long sequence) {
        expire();
        return log.get(sequence);
    }

    /** The newest message on a subject matching the filter: a delete marker, after the subject's last message expired. */
    public Optional<StoredMessage> lastBySubject(String filter) {
        expire();
        return LastPerSubject.last(log.messages(), filter);
    }

    /** Why the subject of this stored message was emptied, when the message is a delete marker; empty otherwise. */
    public Optional<String> markerReason(long sequence) {
        expire();
        return Optional.ofNullable(markerReasons.get(sequence));
    }

    /** The stream's numbers now; markers count as messages, as on the server. */
    public StreamState state() {
        expire();
        return new StreamState(log.count(), log.bytes(), log.firstSequence(), log.lastSequence());
    }

    /**
     * When this message expires: the sooner of its TTL and the stream's {@code maxAge}, counted from
     * its timestamp; empty when neither applies or it was published never to expire.
     */
    Optional<Instant> expiresAt(StoredMessage message) {
        // TODO Exercise 4.14: Never-expiring: empty. Otherwise the earlier of timestamp + maxAge (if set) and
        // timestamp + TTL (if any).
        throw new UnsupportedOperationException("Exercise 4.14 is not solved yet: Expire messages one by one. Read step04-jetstream-streams/README.md#414-expire-messages-one-by-one");
    }

    /** Removes every message whose time has come, and leaves a marker where one emptied its subject. */
    private void expire() {
        // TODO Exercise 4.14: Remove what expired by now; where that leaves a subject empty and the message was no
        // marker, store a marker.
        throw new UnsupportedOperationException("Exercise 4.14 is not solved yet: Expire messages one by one. Read step04-jetstream-streams/README.md#414-expire-messages-one-by-one");
    }

    private PublishAck store(String subject, byte[] data) {
        expire();
        Admission.check(config, state(), subject, data);
        StoredMessage stored = log.append(subject, data);
        // maxAge is this class's job (a never-expiring message must survive it); Retention does the other limits
        List<Long> dropped = Retention.evictions(config.withMaxAge(Duration.ZERO), log.messages(), clock.instant());
        dropped.forEach(this::remove);
        return new PublishAck(config.name(), stored.sequence());
    }

    private void storeMarker(String subject) {
        StoredMessage marker = log.append(subject, new byte[0]);
        ttls.put(marker.sequence(), markerTtl);
        markerReasons.put(marker.sequence(), MAX_AGE);
    }

    private boolean hasMarkers() {
        return !markerTtl.isZero();
    }

    private boolean noMessageOn(String subject) {
        return log.messages().stream().noneMatch(message -> message.subject().equals(subject));
    }

    private void remove(long sequence) {
        log.remove(sequence);
        ttls.remove(sequence);
        neverExpiring.remove(sequence);
        markerReasons.remove(sequence);
    }
}
