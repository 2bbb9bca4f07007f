package workshop.step07.given;

import java.util.List;

/**
 * The verdict on one run: how many orders arrived exactly once (ok), never (lost), more than once
 * (duplicated), and how many ids arrived that were never sent (unexpected). Exactly-once means
 * the last three are zero. The id lists keep a few examples of each problem, for the error message.
 */
public record DeliveryReport(
        int ok,
        int lost,
        int duplicated,
        int unexpected,
        List<String> lostIds,
        List<String> duplicatedIds,
        List<String> unexpectedIds) {

    public DeliveryReport {
        lostIds = List.copyOf(lostIds);
        duplicatedIds = List.copyOf(duplicatedIds);
        unexpectedIds = List.copyOf(unexpectedIds);
    }

    public boolean exactlyOnce() {
        return lost == 0 && duplicated == 0 && unexpected == 0;
    }

    /** One line: the counts, then examples of whatever went wrong. */
    @Override
    public String toString() {
        String counts = "ok=" + ok + " lost=" + lost + " duplicated=" + duplicated + " unexpected=" + unexpected;
        if (exactlyOnce()) {
            return counts;
        }
        return counts + " (e.g. lost " + lostIds + ", duplicated " + duplicatedIds + ", unexpected " + unexpectedIds
                + ")";
    }
}
