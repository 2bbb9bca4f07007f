package workshop.testkit;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import workshop.tools.Exercise;
import workshop.tools.Step;
import workshop.tools.TestResult;

/**
 * What a step's {@code exercises.json} says about its exercises, as the test kit needs it while tests
 * run. The file is found from the test class: the nearest folder above its compiled classes that has
 * one (a step's {@code target/…} lies inside the step), else the working directory (Maven runs a
 * step's tests in the step's folder; {@code ./workshop watch} and {@code mistakes} compile into {@code .workshop/<tool>/<step>/}).
 * The tools' reader parses it, so it is read one way only.
 */
final class ExerciseMetadata {

    private static final ExerciseMetadata NONE = new ExerciseMetadata(Optional.empty());
    private static final Map<Path, ExerciseMetadata> BY_FOLDER = new ConcurrentHashMap<>();

    private final Optional<Step> step;

    private ExerciseMetadata(Optional<Step> step) {
        this.step = step;
    }

    /** The exercise id a test's display name starts with ("5.3 redelivers …" gives 5.3), by the tools' one rule. */
    static Optional<String> exerciseId(String displayName) {
        return TestResult.exerciseIdOf(displayName);
    }

    /** The metadata of the step the test class belongs to; empty metadata outside a step (the kit's own tests). */
    static ExerciseMetadata forTestClass(Class<?> testClass) {
        return stepFolder(testClass)
                .map(folder -> BY_FOLDER.computeIfAbsent(folder, ExerciseMetadata::load))
                .orElse(NONE);
    }

    /** The step's metadata, when the test class belongs to a step. */
    Optional<Step> step() {
        return step;
    }

    /** The release the exercise needs, when its metadata names one. */
    Optional<String> needsServer(String exerciseId) {
        return step.flatMap(s -> s.exercise(exerciseId)).flatMap(Exercise::needsServer);
    }

    /** The metadata in a step folder (one that holds an {@code exercises.json}). */
    static ExerciseMetadata load(Path stepFolder) {
        return new ExerciseMetadata(Optional.of(
                Step.load(stepFolder.getParent(), stepFolder.getFileName().toString())));
    }

    private static Optional<Path> stepFolder(Class<?> testClass) {
        try {
            var codeSource = testClass.getProtectionDomain().getCodeSource();
            if (codeSource != null) {
                Path previous = null;
                for (Path folder = Path.of(codeSource.getLocation().toURI()).toAbsolutePath();
                        folder != null;
                        folder = folder.getParent()) {
                    if (Files.isRegularFile(folder.resolve(Step.METADATA))) {
                        return Optional.of(folder);
                    }
                    // ./workshop watch and ./workshop mistakes compile a step into <root>/.workshop/<tool>/<step>/
                    if (previous != null
                            && folder.getParent() != null
                            && folder.getParent().endsWith(".workshop")) {
                        Path step = folder.getParent().getParent().resolve(previous.getFileName());
                        if (Files.isRegularFile(step.resolve(Step.METADATA))) {
                            return Optional.of(step);
                        }
                    }
                    previous = folder;
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException notAFolder) {
            // classes loaded from somewhere that is no folder: try the working directory
        }
        Path workingDirectory = Path.of("").toAbsolutePath();
        return Files.isRegularFile(workingDirectory.resolve(Step.METADATA))
                ? Optional.of(workingDirectory)
                : Optional.empty();
    }
}
