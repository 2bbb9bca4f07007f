package workshop.step07.given;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judge of step 7: compares the orders that were sent with what was observed at the other end
 * (the ids stored in a stream, or the orders a consumer shipped) and sorts every order into
 * ok / lost / duplicated / unexpected.
 */
public final class DeliveryChecker {

    private static final int EXAMPLES = 5;

    private DeliveryChecker() {}

    /**
     * @param sent     every order id that was sent, once each
     * @param observed every id seen at the other end, once per time it was seen
     */
    public static DeliveryReport check(Collection<String> sent, Collection<String> observed) {
        Map<String, Integer> seen = new HashMap<>();
        for (String id : observed) {
            seen.merge(id, 1, Integer::sum);
        }
        Set<String> expected = new LinkedHashSet<>(sent);
        List<String> lost = new ArrayList<>();
        List<String> duplicated = new ArrayList<>();
        int ok = 0;
        for (String id : expected) {
            int times = seen.getOrDefault(id, 0);
            if (times == 0) {
                lost.add(id);
            } else if (times > 1) {
                duplicated.add(id);
            } else {
                ok++;
            }
        }
        List<String> unexpected = seen.keySet().stream()
                .filter(id -> !expected.contains(id))
                .sorted()
                .toList();
        return new DeliveryReport(
                ok,
                lost.size(),
                duplicated.size(),
                unexpected.size(),
                examples(lost),
                examples(duplicated),
                examples(unexpected));
    }

    /** Checks, prints the counts under a label (the tests' console shows them), and returns the report. */
    public static DeliveryReport checkAndPrint(String label, Collection<String> sent, Collection<String> observed) {
        DeliveryReport report = check(sent, observed);
        System.out.println("[checker] " + label + ": " + report);
        return report;
    }

    private static List<String> examples(List<String> ids) {
        return ids.subList(0, Math.min(EXAMPLES, ids.size()));
    }
}
