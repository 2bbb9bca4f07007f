package workshop.step04.build;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "What is the latest value of X?": the questions a last-value stream answers. They make a stream
 * usable as a table: one subject per entity, the newest message is its current state.
 */
public final class LastPerSubject {

    private LastPerSubject() {}

    /**
     * The newest message whose subject matches the filter (wildcards allowed), or empty when none does.
     *
     * @param oldestFirst the stored messages, in ascending sequence order
     */
    public static Optional<StoredMessage> last(List<StoredMessage> oldestFirst, String filter) {
        // TODO Exercise 4.4: Search from the newest message back for the first one that matches.
        throw new UnsupportedOperationException("Exercise 4.4 is not solved yet: Find the latest per subject. Read step04-jetstream-streams/README.md#44-find-the-latest-per-subject");
    }

    /**
     * The newest message of every subject that matches the filter, keyed by subject and ordered by
     * the sequence of that newest message (the order a "deliver last per subject" consumer uses).
     */
    public static Map<String, StoredMessage> lastOfEachSubject(List<StoredMessage> oldestFirst, String filter) {
        // TODO Exercise 4.4: Keep the newest message per matching subject, ordered by its sequence.
        throw new UnsupportedOperationException("Exercise 4.4 is not solved yet: Find the latest per subject. Read step04-jetstream-streams/README.md#44-find-the-latest-per-subject");
    }
}
