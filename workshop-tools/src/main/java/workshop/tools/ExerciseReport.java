package workshop.tools;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/**
 * Prints a step's test results exercise by exercise, the way a learner wants to read them: one line
 * per exercise, and under each red one the first failure's message, the lines of it that decide
 * ({@link FailureSummary}), not a stack trace. {@code test}, {@code watch} and {@code status} share it.
 * Plain ASCII, at most 80 columns (but for file paths), so any terminal and Windows console shows it.
 */
final class ExerciseReport {

    /** Where a failure's lines start: under the exercise's title. */
    private static final String INDENT = "          ";

    private ExerciseReport() {}

    /**
     * Prints the exercises of {@code progress}; with {@code only} non-empty, just those exercises.
     * Returns whether every printed exercise that ran is solved.
     */
    static boolean print(ExerciseProgress progress, Set<String> only, PrintStream out) {
        return print(progress, only, Terminal.plain(out));
    }

    /** As {@link #print(ExerciseProgress, Set, PrintStream)}, in colour on a terminal. */
    static boolean print(ExerciseProgress progress, Set<String> only, Terminal terminal) {
        return print(progress, only, terminal, exercise -> true);
    }

    /** As above; a red exercise's failure is shown only when {@code details} accepts the exercise (watch: the one in focus). */
    static boolean print(
            ExerciseProgress progress,
            Set<String> only,
            Terminal terminal,
            java.util.function.Predicate<Exercise> details) {
        PrintStream out = terminal.out();
        boolean allGreen = true;
        for (ExerciseProgress.Standing standing : progress.standings()) {
            Exercise exercise = standing.exercise();
            if (!only.isEmpty() && !only.contains(exercise.id())) {
                continue;
            }
            out.println(line(standing, terminal));
            if (standing.state() == ExerciseProgress.State.NOT_YET) {
                allGreen = false;
                if (details.test(exercise)) {
                    standing.firstFailure().ifPresent(failure -> printFailure(failure, out));
                }
            }
            if (standing.state() == ExerciseProgress.State.NEEDS_NEWER_SERVER) {
                standing.skippedForServer()
                        .ifPresent(skip -> FailureSummary.wrap(
                                        List.of(skip.message().strip()), FailureSummary.WIDTH - INDENT.length())
                                .forEach(line -> out.println(INDENT + line)));
            }
        }
        return allGreen;
    }

    /** {@code   1.2   Match wildcards                          solved    9/9 tests}: at most 80 columns. */
    static String line(ExerciseProgress.Standing standing) {
        return line(standing, Terminal.plain(System.out));
    }

    /** The exercise's line, its verdict in colour on a terminal (padded first, so the columns stay aligned). */
    static String line(ExerciseProgress.Standing standing, Terminal terminal) {
        String counts = switch (standing.state()) {
            case NOT_RUN, NEEDS_NEWER_SERVER -> "";
            default -> standing.passed() + "/" + standing.total() + " tests";
        };
        String label = String.format("%-9s", label(standing));
        String painted = switch (standing.state()) {
            case SOLVED -> terminal.green(label);
            case NOT_YET -> terminal.red(label);
            case NOT_RUN -> terminal.dim(label);
            case NEEDS_NEWER_SERVER, STALE -> terminal.yellow(label);
        };
        return (String.format(
                                "  %-5s %-40s ",
                                standing.exercise().id(),
                                abbreviate(standing.exercise().title(), 40)) + painted + " " + counts)
                .stripTrailing();
    }

    static String label(ExerciseProgress.Standing standing) {
        return switch (standing.state()) {
            case SOLVED -> "solved";
            case NOT_YET -> "not yet";
            case NOT_RUN -> "not run";
            case STALE -> "run again";
            case NEEDS_NEWER_SERVER ->
                "needs nats-server " + standing.neededServer().orElse("?") + "+";
        };
    }

    private static void printFailure(TestResult failure, PrintStream out) {
        String name =
                failure.displayName().replaceFirst("^[\\w$]+\\([^)]*\\)\\s+", ""); // Surefire's "method(Type) " prefix
        String first = "first failure: " + (name.isBlank() ? failure.testClass() + " could not run" : name);
        FailureSummary.wrap(List.of(first), FailureSummary.WIDTH - 8).forEach(line -> out.println("        " + line));
        List<String> lines = failure.message().isBlank()
                ? List.of("(" + failure.outcome() + " without a message)")
                : FailureSummary.lines(failure.message(), FailureSummary.WIDTH - INDENT.length());
        lines.forEach(line -> out.println(INDENT + line));
    }

    /** Where to go next: the exercise's file and README section. */
    static void printNext(ExerciseProgress progress, PrintStream out) {
        printNext(progress, Terminal.plain(out));
    }

    static void printNext(ExerciseProgress progress, Terminal terminal) {
        PrintStream out = terminal.out();
        progress.next()
                .ifPresentOrElse(
                        next -> {
                            Exercise exercise = next.exercise();
                            String module = progress.step().module();
                            out.println(
                                    terminal.bold("Next: " + exercise.heading()) + " (" + exercise.track() + " track)");
                            out.println(Steps.editOrWrite(progress.step(), exercise));
                            out.println("  read " + exercise.readmeLink(module));
                        },
                        () -> out.println("Every exercise of " + progress.step().module() + " is solved."));
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }
}
