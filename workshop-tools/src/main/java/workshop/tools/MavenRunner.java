package workshop.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** Runs the repository's Maven wrapper, its output going to a log file instead of the console. */
final class MavenRunner {

    private final Path root;

    MavenRunner(Path root) {
        this.root = root;
    }

    /** Runs {@code ./mvnw <arguments>}; returns its exit code. */
    int run(List<String> arguments, Path log) {
        return run(arguments, log, null);
    }

    /**
     * Runs {@code ./mvnw <arguments>}, its output going to the log and, line by line as Maven writes
     * it, to {@code lines} (a progress display); returns Maven's exit code.
     */
    int run(List<String> arguments, Path log, Consumer<String> lines) {
        return run(arguments, log, lines, Map.of());
    }

    /** As above, with these environment variables added for Maven and the test JVMs it forks ({@code WORKSHOP_WIRE}). */
    int run(List<String> arguments, Path log, Consumer<String> lines, Map<String, String> environment) {
        if (lines == null) {
            return runToLog(arguments, log, environment);
        }
        List<String> command = command(arguments);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process maven = builder.start();
            maven.getOutputStream().close();
            try (BufferedReader output =
                            new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8));
                    Writer file = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    file.write(line);
                    file.write(System.lineSeparator());
                    lines.accept(line);
                }
            }
            return maven.waitFor();
        } catch (IOException e) {
            throw new IllegalStateException("Could not run Maven: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private List<String> command(List<String> arguments) {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        List<String> command = new ArrayList<>(
                windows
                        ? List.of("cmd", "/c", root.resolve("mvnw.cmd").toString())
                        : List.of("sh", root.resolve("mvnw").toString()));
        command.addAll(arguments);
        return command;
    }

    private int runToLog(List<String> arguments, Path log, Map<String, String> environment) {
        List<String> command = command(arguments);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process maven = builder.start();
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
