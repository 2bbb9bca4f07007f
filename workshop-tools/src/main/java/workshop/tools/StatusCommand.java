package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./workshop status}: every step and exercise, solved or not yet, and the exercise to do next.
 *
 * <p>"Solved" is what the learner's latest test run said: the newest report of each test class,
 * whether {@code ./mvnw test} / {@code ./workshop test} wrote it ({@code <step>/target/surefire-reports})
 * or {@code ./workshop watch} did ({@code .workshop/results/<step>}). An exercise is solved when every
 * one of its tests passed in that run. When its file, or the file of an exercise it needs, was saved
 * after that run, the verdict may be out of date: a green exercise is then "run again", not solved
 * (a change to code it uses may have broken it), and the table names the files. Nothing is run
 * here, so status is instant.
 */
final class StatusCommand {

    private final Path root;
    private final Terminal terminal;
    private final PrintStream out;

    StatusCommand(Path root, PrintStream out) {
        this(root, Terminal.plain(out));
    }

    StatusCommand(Path root, Terminal terminal) {
        this.root = root;
        this.terminal = terminal;
        this.out = terminal.out();
    }

    int run() {
        ExerciseProgress current = null;
        FileTime currentTime = FileTime.fromMillis(0);
        List<ExerciseProgress> all = new java.util.ArrayList<>();
        for (Step.Loaded loaded : Step.loadEach(root)) {
            if (loaded.step() == null) {
                out.println(loaded.module() + ": cannot be read yet (" + loaded.problem() + ")");
                continue;
            }
            Step step = loaded.step();
            Map<String, SurefireReports.ClassReport> reports = SurefireReports.latestByClass(
                    List.of(SurefireReports.skeletonReports(step), SurefireReports.watchReports(step)));
            ExerciseProgress progress = ExerciseProgress.of(step, reports.values());
            all.add(progress);
            printStep(progress);
            Optional<FileTime> newest = reports.values().stream()
                    .map(SurefireReports.ClassReport::written)
                    .max(Comparator.naturalOrder());
            if (newest.isPresent() && newest.get().compareTo(currentTime) > 0) {
                current = progress;
                currentTime = newest.get();
            }
        }
        out.println();
        printNext(all, current);
        return 0;
    }

    private void printStep(ExerciseProgress progress) {
        Step step = progress.step();
        out.println();
        out.println(terminal.bold(step.module()) + " (" + step.title() + "): "
                + (progress.anyRun()
                        ? progress.solved() + " of " + step.exercises().size() + " solved"
                        : "not run yet (./workshop test "
                                + step.module().substring(4, 6).replaceFirst("^0", "") + ")"));
        if (!progress.anyRun()) {
            return;
        }
        for (ExerciseProgress.Standing standing : progress.standings()) {
            out.println(ExerciseReport.line(standing, terminal));
            if (!standing.changedSince().isEmpty()) {
                String files = standing.changedSince().stream()
                        .map(file -> file.substring(file.lastIndexOf('/') + 1))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse("");
                out.println(terminal.yellow("          (" + files + " saved since its tests ran: ./workshop test "
                        + standing.exercise().id()
                        + (standing.state() == ExerciseProgress.State.STALE
                                ? " to see whether it still passes)"
                                : " again)")));
            }
        }
    }

    /**
     * The next exercise: the first unsolved one of the step the learner ran last; when that step is
     * done, the first unsolved one of the steps after it; with no run at all, the very first exercise.
     */
    private void printNext(List<ExerciseProgress> all, ExerciseProgress current) {
        if (all.isEmpty()) {
            out.println("No step can be read yet.");
            return;
        }
        int from = current == null ? 0 : all.indexOf(current);
        for (int i = from; i < all.size(); i++) {
            if (all.get(i).next().isPresent()) {
                ExerciseReport.printNext(all.get(i), terminal);
                String number = all.get(i).step().module().substring(4, 6).replaceFirst("^0", "");
                out.println(
                        "  test ./workshop test " + number + "   (or keep ./workshop running: it watches your saves)");
                return;
            }
        }
        out.println("Every exercise from " + all.get(from).step().module() + " on is solved. Well done.");
    }
}
