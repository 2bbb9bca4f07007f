package workshop.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Derives what a step's learner sees from its solution: the skeleton sources and the README's
 * exercise sections. {@link #expectedSkeleton} and {@link #expectedReadme} compute them in memory;
 * {@code generate} writes them, {@code check} compares them with what is committed.
 */
final class Generator {

    private Generator() {}

    /** The skeleton files the solution implies, by path relative to {@code src/main/java}. */
    static Map<String, String> expectedSkeleton(Step step) {
        SkeletonWriter writer = new SkeletonWriter(step);
        Map<String, String> files = new TreeMap<>();
        Path solution = step.solutionSources();
        if (!Files.isDirectory(solution)) {
            throw new IllegalArgumentException(
                    "No solution sources at " + step.root().relativize(solution));
        }
        for (Path file : javaFiles(solution)) {
            String relative = solution.relativize(file).toString().replace('\\', '/');
            String source = read(file);
            var whole = SkeletonWriter.wholeFileExercise(source);
            if (whole.isPresent()) {
                if (step.exercise(whole.get()).isEmpty()) {
                    throw new IllegalArgumentException(step.module() + " solution " + relative + ": exercise "
                            + whole.get() + " is not in " + step.module() + "/exercises.json");
                }
                continue; // the learner writes this file whole: the skeleton has none
            }
            files.put(relative, writer.skeletonOf(step.module() + " solution " + relative, source));
        }
        return files;
    }

    /** The skeleton files that are there now. */
    static Map<String, String> actualSkeleton(Step step) {
        Map<String, String> files = new TreeMap<>();
        Path skeleton = step.skeletonSources();
        if (Files.isDirectory(skeleton)) {
            for (Path file : javaFiles(skeleton)) {
                files.put(skeleton.relativize(file).toString().replace('\\', '/'), read(file));
            }
        }
        return files;
    }

    /** The solution files the learner writes whole, by path relative to {@code src/main/java}, with their exercise. */
    static Map<String, String> wholeFiles(Step step) {
        Map<String, String> files = new TreeMap<>();
        Path solution = step.solutionSources();
        if (Files.isDirectory(solution)) {
            for (Path file : javaFiles(solution)) {
                SkeletonWriter.wholeFileExercise(read(file))
                        .ifPresent(id ->
                                files.put(solution.relativize(file).toString().replace('\\', '/'), id));
            }
        }
        return files;
    }

    static String expectedReadme(Step step) {
        return ReadmeExercises.render(step, read(readmeOf(step)));
    }

    static Path readmeOf(Step step) {
        return step.moduleDir().resolve("README.md");
    }

    /** Writes the skeleton and the README's exercise sections; removes skeleton files the solution no longer has. */
    static void generate(Step step) {
        writeSkeleton(step);
        write(readmeOf(step), expectedReadme(step));
    }

    /** Writes the skeleton only (what {@code ./workshop reset} puts back); removes files the solution does not have. */
    static void writeSkeleton(Step step) {
        Map<String, String> expected = expectedSkeleton(step);
        Map<String, String> actual = actualSkeleton(step);
        for (String stale : actual.keySet()) {
            if (!expected.containsKey(stale)) {
                delete(step.skeletonSources().resolve(stale));
            }
        }
        expected.forEach((relative, content) -> write(step.skeletonSources().resolve(relative), content));
    }

    static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file, creating its folder, unless it already holds exactly this. */
    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file) || !read(file).equals(content)) {
                Files.writeString(file, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.List<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
