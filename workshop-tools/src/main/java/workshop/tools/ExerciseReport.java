package workshop.tools;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * Prints a step's test results exercise by exercise, the way a learner wants to read them: one line
 * per exercise, and under each red one the first failure's message, a few lines of it, not a stack
 * trace. {@code test}, {@code watch} and {@code status} share it.
 */
final class ExerciseReport {

    private static final int MESSAGE_LINES = 6;

    private ExerciseReport() {
    }

    /**
     * Prints the exercises of {@code progress}; with {@code only} non-empty, just those exercises.
     * Returns whether every printed exercise that ran is solved.
     */
    static boolean print(ExerciseProgress progress, Set<String> only, PrintStream out) {
        boolean allGreen = true;
        for (ExerciseProgress.Standing standing : progress.standings()) {
            Exercise exercise = standing.exercise();
            if (!only.isEmpty() && !only.contains(exercise.id())) {
                continue;
            }
            out.println(line(standing));
            if (standing.state() == ExerciseProgress.State.NOT_YET) {
                allGreen = false;
                standing.firstFailure().ifPresent(failure -> printFailure(failure, out));
            }
            if (standing.state() == ExerciseProgress.State.NEEDS_NEWER_SERVER) {
                standing.skippedForServer().ifPresent(skip -> out.println("          " + skip.message().strip()));
            }
        }
        return allGreen;
    }

    /** {@code   1.2  Match wildcards                         solved     9/9 tests}. */
    static String line(ExerciseProgress.Standing standing) {
        String counts = switch (standing.state()) {
            case NOT_RUN, NEEDS_NEWER_SERVER -> "";
            default -> standing.passed() + "/" + standing.total() + " tests";
        };
        return String.format("  %-5s %-46s %-9s %s", standing.exercise().id(), abbreviate(standing.exercise().title(), 46),
                label(standing), counts).stripTrailing();
    }

    static String label(ExerciseProgress.Standing standing) {
        return switch (standing.state()) {
            case SOLVED -> "solved";
            case NOT_YET -> "not yet";
            case NOT_RUN -> "not run";
            case NEEDS_NEWER_SERVER -> "needs nats-server " + standing.neededServer().orElse("?") + "+";
        };
    }

    private static void printFailure(TestResult failure, PrintStream out) {
        String name = failure.displayName().replaceFirst("^[\\w$]+\\([^)]*\\)\\s+", ""); // Surefire's "method(Type) " prefix
        out.println("        first failure: " + (name.isBlank() ? failure.testClass() + " could not run" : name));
        List<String> lines = failure.message().isBlank() ? List.of("(" + failure.outcome() + " without a message)")
                : failure.message().strip().lines().toList();
        lines.stream().limit(MESSAGE_LINES).forEach(line -> out.println("          " + line.stripTrailing()));
        if (lines.size() > MESSAGE_LINES) {
            out.println("          … (" + (lines.size() - MESSAGE_LINES) + " more lines)");
        }
    }

    /** Where to go next: the exercise's file and README section. */
    static void printNext(ExerciseProgress progress, PrintStream out) {
        progress.next().ifPresentOrElse(next -> {
            Exercise exercise = next.exercise();
            String module = progress.step().module();
            out.println("Next: " + exercise.heading() + " (" + exercise.track() + " track)");
            out.println("  edit " + module + "/src/main/java/" + exercise.file());
            out.println("  read " + exercise.readmeLink(module));
        }, () -> out.println("Every exercise of " + progress.step().module() + " is solved."));
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
