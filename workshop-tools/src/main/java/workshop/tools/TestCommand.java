package workshop.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workshop.tools.wire.WireFiles;

/**
 * {@code ./workshop test <step>} (or {@code <exercise>}): runs the step's tests on the learner's code
 * with Maven, its output going to a log, and reports exercise by exercise, with the first failure of
 * each. When the code does not compile, it shows the compiler's errors and nothing else.
 */
final class TestCommand {

    // [ERROR] /abs/path/Broker.java:[42,9] ';' expected
    private static final Pattern COMPILER_ERROR = Pattern.compile("^\\[ERROR\\] (.+\\.java):\\[(\\d+),(\\d+)\\] (.*)$");

    private final Path root;
    private final Terminal terminal;
    private final PrintStream out;

    TestCommand(Path root, PrintStream out) {
        this(root, Terminal.plain(out));
    }

    TestCommand(Path root, Terminal terminal) {
        this.root = root;
        this.terminal = terminal;
        this.out = terminal.out();
    }

    int run(List<String> given) {
        boolean wire = given.contains("--wire");
        List<String> arguments = given.stream().filter(a -> !a.equals("--wire")).toList();
        if (arguments.size() != 1 || arguments.getFirst().startsWith("-")) {
            throw new Main.UsageException(
                    arguments.isEmpty()
                            ? "name a step or an exercise, e.g. ./workshop test 1 or ./workshop test 1.3"
                            : arguments.getFirst().startsWith("-")
                                    ? "unknown option '" + arguments.getFirst() + "'"
                                    : "one step or exercise at a time, not " + arguments);
        }
        String argument = arguments.getFirst();
        Step step;
        Set<String> only;
        List<String> maven = new ArrayList<>(List.of("-B", "test", "-Dmaven.test.failure.ignore=true"));
        if (Steps.isExerciseId(argument)) {
            Steps.Located located = Steps.exercise(root, argument);
            step = located.step();
            only = Set.of(argument);
            maven.add("-Dtest=" + located.exercise().testClassSimpleName());
        } else {
            step = Step.named(root, argument);
            only = Set.of();
        }
        maven.addAll(selection(step));
        Path log = root.resolve(".workshop/logs/test-" + step.module() + ".log");
        out.println("Running the tests of "
                + (only.isEmpty() ? step.module() : "exercise " + argument + " (" + step.module() + ")")
                + " on your code...");
        long started = System.nanoTime();
        FileTime runStarted = FileTime.from(Instant.now().minusSeconds(1));
        int testClasses = only.isEmpty()
                ? (int) step.exercises().stream().map(Exercise::test).distinct().count()
                : 1;
        MavenProgress progress = new MavenProgress(terminal, step.module(), testClasses, started);
        Thread ticking = terminal.interactive() ? progress.ticking() : null;
        Path wireFolder = WireReport.folder(step);
        Map<String, String> environment = Map.of();
        if (wire) {
            WireReport.clear(wireFolder, List.of());
            environment = Map.of(WireFiles.VARIABLE, wireFolder.toString());
        }
        int exit;
        try {
            exit = new MavenRunner(root).run(maven, log, terminal.interactive() ? progress : null, environment);
        } finally {
            if (ticking != null) {
                ticking.interrupt();
                joinQuietly(ticking);
            }
            terminal.endProgress();
        }
        String seconds = String.format("%.1f s", (System.nanoTime() - started) / 1e9);
        if (exit != 0) {
            return reportBuildFailure(log); // the earlier reports stay: status still shows the last real run
        }
        if (only.isEmpty()) {
            deleteReportsOlderThan(step, runStarted);
        }
        List<TestResult> results = SurefireReports.read(SurefireReports.skeletonReports(step));
        if (results.isEmpty()) {
            out.println("No test ran. Log: " + Steps.relative(root, log));
            return 1;
        }
        ExerciseProgress standings = ExerciseProgress.of(step, results);
        out.println();
        boolean green = ExerciseReport.print(standings, only, terminal);
        out.println();
        if (wire) {
            WireReport.printLastFrames(root, wireFolder, standings, only, terminal);
            out.println();
        }
        if (only.isEmpty()) {
            String solved = standings.solved() + " of " + step.exercises().size() + " exercises solved";
            out.println((standings.solved() == step.exercises().size() ? terminal.green(solved) : terminal.bold(solved))
                    + ", in " + seconds + ".");
            out.println("Full log: " + Steps.relative(root, log));
            ExerciseReport.printNext(standings, terminal);
        } else {
            boolean needsServer = standings.standings().stream()
                    .anyMatch(standing -> only.contains(standing.exercise().id())
                            && standing.state() == ExerciseProgress.State.NEEDS_NEWER_SERVER);
            String verdict = needsServer
                    ? terminal.yellow("Exercise " + argument + " needs a newer nats-server")
                            + ": its tests were skipped, not failed"
                    : green
                            ? terminal.green("Exercise " + argument + " is solved")
                            : terminal.red("Exercise " + argument + " is not solved yet");
            out.println(verdict + " (" + seconds + ").");
            out.println("Full log: " + Steps.relative(root, log));
        }
        return green ? 0 : 1;
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code -pl <module>} for a step of the build, {@code -f <module>/pom.xml} for one not in it yet. */
    static List<String> selection(Step step) {
        return step.inBuild() ? List.of("-pl", step.module()) : List.of("-f", step.module() + "/pom.xml");
    }

    /** Shows what stopped Maven: the compiler's errors when there are any, else the end of the log. */
    private int reportBuildFailure(Path log) {
        List<String> errors = compilerErrors(root, log);
        if (errors.isEmpty()) {
            terminal.err().println(MavenRunner.tail(log, 30));
            terminal.error("Maven failed before the tests could run. Full log: " + Steps.relative(root, log));
        } else {
            out.println(terminal.red("Your code does not compile:"));
            errors.forEach(error -> out.println("  " + error));
            out.println("Full log: " + Steps.relative(root, log));
        }
        return 1;
    }

    /** The compiler's errors in the log, as {@code path:line: message} with paths relative to the root. */
    static List<String> compilerErrors(Path root, Path log) {
        List<String> errors = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(log)) {
                Matcher error = COMPILER_ERROR.matcher(line);
                if (error.matches()) {
                    String file = error.group(1);
                    Path path = Path.of(file);
                    String shown = path.isAbsolute() && path.startsWith(root) ? Steps.relative(root, path) : file;
                    String entry = shown + ":" + error.group(2) + ": " + error.group(4);
                    if (!errors.contains(entry)) {
                        errors.add(entry);
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return errors;
        }
        return errors;
    }

    /**
     * Removes the reports this run did not write: a test class that was renamed or deleted would
     * otherwise keep counting in {@code status}.
     */
    private static void deleteReportsOlderThan(Step step, FileTime runStarted) {
        Path reports = SurefireReports.skeletonReports(step);
        if (!Files.isDirectory(reports)) {
            return;
        }
        try (var files = Files.list(reports)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("TEST-"))
                    .toList()) {
                if (Files.getLastModifiedTime(file).compareTo(runStarted) < 0) {
                    delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
