package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code ./workshop reset <step>}: puts the step's generated skeleton back, after copying the learner's
 * {@code src/main/java} to {@code .workshop/backups/<step>-<timestamp>/}. The step's earlier test results
 * are removed too, so {@code status} starts the step over.
 */
final class ResetCommand {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final PrintStream out;
    private final LocalDateTime now;

    ResetCommand(Path root, PrintStream out, LocalDateTime now) {
        this.root = root;
        this.out = out;
        this.now = now;
    }

    int run(List<String> arguments) {
        if (arguments.size() != 1) {
            throw new Main.UsageException("name one step, e.g. ./workshop reset 1 (your code is backed up first)");
        }
        Step step = Step.named(root, arguments.getFirst());
        Path sources = step.skeletonSources();
        if (Files.isDirectory(sources)) {
            Path backup = backupFolder(step);
            Folders.copyTree(sources, backup);
            out.println("Your code is saved in " + Steps.relative(root, backup)
                    + "/ (copy a file back from there to restore it).");
        }
        Generator.writeSkeleton(step);
        Folders.deleteTree(SurefireReports.skeletonReports(step));
        Folders.deleteTree(SurefireReports.watchReports(step));
        out.println(step.module() + "/src/main/java is the unsolved skeleton again; its test results are cleared.");
        return 0;
    }

    /** {@code .workshop/backups/<module>-<yyyyMMdd-HHmmss>}, with a suffix if that exists already. */
    private Path backupFolder(Step step) {
        Path backups = root.resolve(".workshop/backups");
        String name = step.module() + "-" + STAMP.format(now);
        Path folder = backups.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = backups.resolve(name + "-" + n);
        }
        return folder;
    }
}
