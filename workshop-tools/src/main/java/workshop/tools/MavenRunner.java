package workshop.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Runs the repository's Maven wrapper, its output going to a log file instead of the console. */
final class MavenRunner {

    private final Path root;

    MavenRunner(Path root) {
        this.root = root;
    }

    /** Runs {@code ./mvnw <arguments>}; returns its exit code. */
    int run(List<String> arguments, Path log) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>(windows
                ? List.of("cmd", "/c", root.resolve("mvnw.cmd").toString())
                : List.of("sh", root.resolve("mvnw").toString()));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            Process maven = new ProcessBuilder(command).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return maven.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run Maven: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The last lines of a log, to show when Maven itself failed (a compile error, say). */
    static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }
}
