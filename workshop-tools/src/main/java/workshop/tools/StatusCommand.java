package workshop.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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
 * one of its tests passed in that run. When its file was saved after that run, the table says so:
 * the verdict may be out of date. Nothing is run here, so status is instant.
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
        for (Steps.Loaded loaded : Steps.inBuild(root)) {
            if (loaded.step() == null) {
                out.println(loaded.module() + ": cannot be read yet (" + loaded.problem() + ")");
                continue;
            }
            Step step = loaded.step();
            Map<String, SurefireReports.ClassReport> reports = SurefireReports.latestByClass(
                    List.of(SurefireReports.skeletonReports(step), SurefireReports.watchReports(step)));
            ExerciseProgress progress = ExerciseProgress.of(step,
                    reports.values().stream().flatMap(report -> report.results().stream()).toList());
            all.add(progress);
            printStep(progress, reports);
            Optional<FileTime> newest = reports.values().stream().map(SurefireReports.ClassReport::written).max(Comparator.naturalOrder());
            if (newest.isPresent() && newest.get().compareTo(currentTime) > 0) {
                current = progress;
                currentTime = newest.get();
            }
        }
        out.println();
        printNext(all, current);
        return 0;
    }

    private void printStep(ExerciseProgress progress, Map<String, SurefireReports.ClassReport> reports) {
        Step step = progress.step();
        out.println();
        out.println(terminal.bold(step.module()) + " (" + step.title() + "): " + (progress.anyRun()
                ? progress.solved() + " of " + step.exercises().size() + " solved"
                : "not run yet (./workshop test " + step.module().substring(4, 6).replaceFirst("^0", "") + ")"));
        if (!progress.anyRun()) {
            return;
        }
        for (ExerciseProgress.Standing standing : progress.standings()) {
            out.println(ExerciseReport.line(standing, terminal));
            if (standing.state() != ExerciseProgress.State.NOT_RUN && editedSinceRun(step, standing.exercise(), reports)) {
                out.println(terminal.yellow("          (file edited since: run the tests again)"));
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
                out.println("  test ./workshop test " + number + "   (or keep ./workshop running: it watches your saves)");
                return;
            }
        }
        out.println("Every exercise from " + all.get(from).step().module() + " on is solved. Well done.");
    }

    private static boolean editedSinceRun(Step step, Exercise exercise, Map<String, SurefireReports.ClassReport> reports) {
        SurefireReports.ClassReport report = reports.get(exercise.test());
        Path file = step.skeletonSources().resolve(exercise.file());
        if (report == null || !Files.exists(file)) {
            return false;
        }
        try {
            return Files.getLastModifiedTime(file).compareTo(report.written()) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
