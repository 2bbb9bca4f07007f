package workshop.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an exercise by its id ("1.3") for the learner's commands, in the step {@link Step#named}
 * finds, and says where its files are.
 */
final class Steps {

    private static final Pattern EXERCISE_ID = Pattern.compile("(\\d+)\\.(\\d+)");

    private Steps() {}

    /** The exercise with this id ("1.3") and its step. */
    static Located exercise(Path root, String id) {
        Matcher m = EXERCISE_ID.matcher(id);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + id + "' is not an exercise id: use the number of its README heading, e.g. 1.3");
        }
        Step step = Step.named(root, m.group(1));
        Exercise exercise = step.exercise(id)
                .orElseThrow(() -> new IllegalArgumentException(
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

    /**
     * The line that says where to work: {@code edit <file>}, or for an exercise whose file the learner
     * writes whole and has not yet, {@code write <file> (a new file: …)}.
     */
    static String editOrWrite(Step step, Exercise exercise) {
        String path = step.module() + "/src/main/java/" + exercise.file();
        if (!Files.exists(step.skeletonSources().resolve(exercise.file()))
                && exercise.id().equals(Generator.wholeFiles(step).get(exercise.file()))) {
            return "  write " + path + " (a new file, the whole class: its README section says what it must do)";
        }
        return "  edit " + path;
    }

    /** The root-relative path with forward slashes, for messages a learner can click or copy. */
    static String relative(Path root, Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
