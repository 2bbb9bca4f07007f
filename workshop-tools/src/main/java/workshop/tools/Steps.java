package workshop.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds steps and exercises for the learner's commands. Unlike {@link Step#all}, it does not give up
 * on the first step whose {@code exercises.json} is half-written: that step is reported as unreadable,
 * and the others still work.
 */
final class Steps {

    private static final Pattern MODULE = Pattern.compile("<module>\\s*(step\\d\\d-[^<\\s]+)\\s*</module>");
    private static final Pattern EXERCISE_ID = Pattern.compile("(\\d+)\\.(\\d+)");

    /** A step of the build, or why it could not be read. Exactly one of the two is set. */
    record Loaded(String module, Step step, String problem) {
    }

    private Steps() {
    }

    /** Every step of the build (the root pom.xml's modules), in order, each loaded on its own. */
    static List<Loaded> inBuild(Path root) {
        List<Loaded> loaded = new ArrayList<>();
        for (String module : moduleNames(root)) {
            try {
                loaded.add(new Loaded(module, Step.load(root, module), null));
            } catch (RuntimeException e) {
                loaded.add(new Loaded(module, null, e.getMessage()));
            }
        }
        return loaded;
    }

    /** The step a learner names: its folder or its number ("step01-core-pubsub", "1", "01"). */
    static Step named(Path root, String name) {
        if (name.matches("\\d{1,2}")) {
            String number = String.format("%02d", Integer.parseInt(name));
            return folderNumbered(root, number).map(module -> Step.load(root, module))
                    .orElseThrow(() -> new IllegalArgumentException("No step " + name + ". Steps: " + knownSteps(root)));
        }
        if (Files.isRegularFile(root.resolve(name).resolve(Step.METADATA))) {
            return Step.load(root, Path.of(name).normalize().toString().replace('\\', '/').replaceAll("/$", ""));
        }
        throw new IllegalArgumentException("No step called '" + name + "'. Steps: " + knownSteps(root));
    }

    /** The exercise with this id ("1.3") and its step. */
    static Located exercise(Path root, String id) {
        Matcher m = EXERCISE_ID.matcher(id);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + id + "' is not an exercise id: use the number of its README heading, e.g. 1.3");
        }
        Step step = named(root, m.group(1));
        Exercise exercise = step.exercise(id).orElseThrow(() -> new IllegalArgumentException(
                "Step " + step.module() + " has no exercise " + id + ". Its exercises: "
                        + step.exercises().stream().map(Exercise::id).toList()));
        return new Located(step, exercise);
    }

    /** Whether the argument looks like an exercise id rather than a step. */
    static boolean isExerciseId(String argument) {
        return EXERCISE_ID.matcher(argument).matches();
    }

    /** An exercise together with the step it belongs to. */
    record Located(Step step, Exercise exercise) {

        /** The learner's file: {@code <module>/src/main/java/<file>}. */
        Path learnerFile() {
            return step.skeletonSources().resolve(exercise.file());
        }

        /** The reference solution's file. */
        Path solutionFile() {
            return step.solutionSources().resolve(exercise.file());
        }
    }

    /** The module names the root pom.xml lists as steps, sorted. */
    static List<String> moduleNames(Path root) {
        try {
            Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
            List<String> names = new ArrayList<>();
            while (modules.find()) {
                names.add(modules.group(1));
            }
            return names.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root.resolve("pom.xml"), e);
        }
    }

    /** The folder {@code stepNN-…} with exercises.json: the build's module first, else any such folder. */
    private static java.util.Optional<String> folderNumbered(Path root, String number) {
        var inBuild = moduleNames(root).stream().filter(module -> module.startsWith("step" + number + "-")).findFirst();
        if (inBuild.isPresent()) {
            return inBuild;
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.map(folder -> folder.getFileName().toString())
                    .filter(folder -> folder.startsWith("step" + number + "-"))
                    .filter(folder -> Files.isRegularFile(root.resolve(folder).resolve(Step.METADATA)))
                    .sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> knownSteps(Path root) {
        return moduleNames(root);
    }

    /** The root-relative path with forward slashes, for messages a learner can click or copy. */
    static String relative(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
