package workshop.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import workshop.tools.wire.WireFiles;

/**
 * What {@code ./workshop test --wire} and the watch's {@code w} key show of the frames the test kit
 * recorded ({@link WireFiles}): for a red exercise, the last frames of its first red test (its whole recording ends there, so
 * they can include what the test did after the failing assertion, e.g. closing); for
 * the exercise in focus, each test's frames.
 */
final class WireReport {

    static final int LAST_FRAMES = 8;
    private static final String INDENT = "          ";

    private WireReport() {}

    /** Where a step's recordings go: {@code .workshop/wire/<module>}. */
    static Path folder(Step step) {
        return step.root().resolve(".workshop/wire").resolve(step.module());
    }

    /** Empties the step's recordings (or those of some test classes), so that what is there afterwards is this run's. */
    static void clear(Path folder, List<String> testClasses) {
        List<Path> targets = testClasses.isEmpty()
                ? List.of(folder)
                : testClasses.stream().map(folder::resolve).toList();
        for (Path target : targets) {
            if (!Files.exists(target)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(target)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot clear " + target, e);
            }
        }
    }

    static long files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(f -> f.toString().endsWith(".wire")).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /** After a run with --wire: where the recordings are, and the last frames of each red exercise's first red test. */
    static void printLastFrames(
            Path root, Path folder, ExerciseProgress progress, Set<String> only, Terminal terminal) {
        PrintStream out = terminal.out();
        long recorded = files(folder);
        if (recorded == 0) {
            out.println(
                    "No NATS traffic was recorded: these tests use no nats-server (the Build track runs without one).");
            return;
        }
        out.println(terminal.bold("The wire") + ": " + recorded + " Use test" + (recorded == 1 ? "" : "s")
                + " recorded, frame by frame, in " + Steps.relative(root, folder) + "/");
        for (ExerciseProgress.Standing standing : progress.standings()) {
            if ((!only.isEmpty() && !only.contains(standing.exercise().id()))
                    || standing.state() != ExerciseProgress.State.NOT_YET
                    || standing.firstFailure().isEmpty()) {
                continue;
            }
            TestResult failure = standing.firstFailure().get();
            Optional<Path> file = WireFiles.find(folder, failure.testClass(), testName(failure));
            if (file.isEmpty()) {
                continue;
            }
            List<String> frames = WireFiles.frames(file.get());
            out.println("  " + standing.exercise().id() + ": the last " + Math.min(LAST_FRAMES, frames.size()) + " of "
                    + frames.size() + " frames of its first red test (" + Steps.relative(root, file.get()) + "):");
            print(frames.subList(Math.max(0, frames.size() - LAST_FRAMES), frames.size()), out);
        }
    }

    /** The watch's w: every recorded test of these classes, its frames (at most {@code max} each). */
    static void printTests(Path root, Path folder, List<String> testClasses, int max, Terminal terminal) {
        PrintStream out = terminal.out();
        boolean any = false;
        for (String testClass : testClasses) {
            Path classFolder = folder.resolve(testClass);
            if (!Files.isDirectory(classFolder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> list = Files.list(classFolder)) {
                files = list.filter(f -> f.toString().endsWith(".wire"))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                continue;
            }
            for (Path file : files) {
                any = true;
                List<String> frames = WireFiles.frames(file);
                out.println(terminal.bold("== " + WireFiles.header(file)) + " (" + frames.size() + " frames)");
                print(frames.subList(0, Math.min(max, frames.size())), out);
                if (frames.size() > max) {
                    out.println(INDENT + "... " + (frames.size() - max) + " more in " + Steps.relative(root, file));
                }
            }
        }
        if (!any) {
            out.println("No NATS traffic: these tests use no nats-server (the Build track runs without one).");
        }
    }

    private static void print(List<String> frames, PrintStream out) {
        for (String frame : frames) {
            FailureSummary.wrapWhole(List.of(WireFiles.withoutTime(frame)), FailureSummary.WIDTH - 4)
                    .forEach(line -> out.println("    " + line));
        }
    }

    /** A result's display name without Surefire's {@code method(Type) } prefix. */
    private static String testName(TestResult result) {
        return result.displayName().replaceFirst("^[\\w$]+\\([^)]*\\)\\s+", "");
    }
}
