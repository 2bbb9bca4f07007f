package workshop.step04.build;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workshop.given.Subjects;

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
        // EXERCISE 4.4 BEGIN: Search from the newest message back for the first one that matches.
        for (StoredMessage message : oldestFirst.reversed()) {
            if (Subjects.matches(filter, message.subject())) {
                return Optional.of(message);
            }
        }
        return Optional.empty();
        // EXERCISE 4.4 END
    }

    /**
     * The newest message of every subject that matches the filter, keyed by subject and ordered by
     * the sequence of that newest message (the order a "deliver last per subject" consumer uses).
     */
    public static Map<String, StoredMessage> lastOfEachSubject(List<StoredMessage> oldestFirst, String filter) {
        // EXERCISE 4.4 BEGIN: Keep the newest message per matching subject, ordered by its sequence.
        Map<String, StoredMessage> newest = new LinkedHashMap<>();
        for (StoredMessage message : oldestFirst) {
            if (Subjects.matches(filter, message.subject())) {
                newest.remove(message.subject()); // re-inserting moves the subject to the end: order by newest sequence
                newest.put(message.subject(), message);
            }
        }
        return newest;
        // EXERCISE 4.4 END
    }
}
