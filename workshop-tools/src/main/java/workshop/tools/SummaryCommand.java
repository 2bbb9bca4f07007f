package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./workshop summary [label]}: what the last solutions run ({@code ./mvnw verify -Psolutions})
 * reported for every step: tests, passed, failed, skipped, and each skip's reason with its count.
 * CI prints one per nats-server of its matrix, labelled with the server's version. It runs nothing.
 */
final class SummaryCommand {

    private final Path root;
    private final PrintStream out;

    SummaryCommand(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** Returns 0 when tests ran and none failed, 1 otherwise. */
    int run(List<String> arguments) {
        String label = arguments.isEmpty() ? "solutions" : String.join(" ", arguments);
        int tests = 0;
        int passed = 0;
        int red = 0;
        Map<String, Integer> skipReasons = new LinkedHashMap<>();
        for (Step step : Step.all(root)) {
            for (TestResult result : SurefireReports.read(SurefireReports.solutionReports(step))) {
                tests++;
                switch (result.outcome()) {
                    case PASSED -> passed++;
                    case FAILED, ERROR -> red++;
                    case SKIPPED ->
                        skipReasons.merge(step.module() + ": " + firstLine(result.message()), 1, Integer::sum);
                }
            }
        }
        int skipped = skipReasons.values().stream().mapToInt(Integer::intValue).sum();
        out.printf("%s: %d tests, %d passed, %d failed, %d skipped%n", label, tests, passed, red, skipped);
        skipReasons.forEach((reason, count) -> out.printf("  skipped %d: %s%n", count, reason));
        return tests > 0 && red == 0 ? 0 : 1;
    }

    private static String firstLine(String message) {
        return message.isBlank()
                ? "(no reason given)"
                : message.strip().lines().findFirst().orElse("");
    }
}
