package workshop.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a test that names an exercise its step does not have: {@code Exercise.of("5.15")} (the test
 * kit's {@code workshop.testkit.Exercise}) in {@code step05-consumers-acks/src/test/java} when
 * {@code step05-consumers-acks/exercises.json} has no 5.15. The test kit would fail that test when it
 * runs; the check says so before anything runs.
 */
final class TestExerciseIds {

    private static final Pattern EXERCISE_OF = Pattern.compile("\\bExercise\\s*\\.\\s*of\\s*\\(\\s*\"([^\"]*)\"");

    private TestExerciseIds() {}

    static List<String> check(Path root, Step step) {
        List<String> problems = new ArrayList<>();
        List<String> ids = step.exercises().stream().map(Exercise::id).toList();
        for (Path source : ReadmeLinks.javaFiles(step.moduleDir().resolve("src/test/java"))) {
            String[] lines = Generator.read(source).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher of = EXERCISE_OF.matcher(lines[i]);
                while (of.find()) {
                    if (!ids.contains(of.group(1))) {
                        problems.add(Steps.relative(root, source) + ":" + (i + 1) + ": Exercise.of(\""
                                + of.group(1) + "\"): "
                                + step.module() + "/" + Step.METADATA + " has no exercise " + of.group(1)
                                + " (it has " + String.join(", ", ids) + "): name one of those, or add the exercise to "
                                + Step.METADATA);
                    }
                }
            }
        }
        return problems;
    }
}
