package workshop.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The honesty verdict on one step, from its two test runs. A test is honest when it
 * <ul>
 *   <li>starts its display name with one of the step's exercise ids,</li>
 *   <li>passes on the solution,</li>
 *   <li>fails on the skeleton with a message that names its exercise (or one its exercise
 *       {@linkplain Exercise#needs() needs}), unless {@code exercises.json} lists it as green on the
 *       skeleton, with a reason.</li>
 * </ul>
 * Every exercise must have at least one test.
 */
final class StepVerdict {

    /** Counts for one exercise: how many tests, how many red on the skeleton, how many green on the solution. */
    record ExerciseCount(Exercise exercise, int tests, int redOnSkeleton, int greenOnSolution) {}

    private final Step step;
    private final Map<String, ExerciseCount> counts = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Set<String> dishonestTests = new LinkedHashSet<>();
    private final List<String> allowedGreen = new ArrayList<>();
    private int tests;

    private StepVerdict(Step step) {
        this.step = step;
        step.exercises().forEach(e -> counts.put(e.id(), new ExerciseCount(e, 0, 0, 0)));
    }

    /** Judges the step from what each mode reported. */
    static StepVerdict judge(Step step, List<TestResult> onSkeleton, List<TestResult> onSolution) {
        StepVerdict verdict = new StepVerdict(step);
        Map<String, TestResult> skeleton = byKey(onSkeleton);
        Map<String, TestResult> solution = byKey(onSolution);
        Set<String> keys = new LinkedHashSet<>(solution.keySet());
        keys.addAll(skeleton.keySet());
        for (String key : keys) {
            verdict.judgeTest(key, skeleton.get(key), solution.get(key));
        }
        verdict.counts.values().stream()
                .filter(count -> count.tests() == 0)
                .forEach(count -> verdict.problems.add(
                        step.module() + ": exercise " + count.exercise().id() + " has no test"));
        return verdict;
    }

    private void judgeTest(String key, TestResult skeleton, TestResult solution) {
        tests++;
        if (skeleton == null || solution == null) {
            flag(key, " ran only on the " + (skeleton == null ? "solution" : "skeleton"));
            return;
        }
        Exercise exercise = solution.exerciseId().flatMap(step::exercise).orElse(null);
        if (exercise == null) {
            flag(key, ": its @DisplayName must start with one of this step's exercise ids");
            return;
        }
        boolean green = solution.passed();
        boolean red = skeleton.red();
        ExerciseCount count = counts.get(exercise.id());
        counts.put(
                exercise.id(),
                new ExerciseCount(
                        exercise,
                        count.tests() + 1,
                        count.redOnSkeleton() + (red ? 1 : 0),
                        count.greenOnSolution() + (green ? 1 : 0)));

        if (solution.neededServer().isPresent() || skeleton.neededServer().isPresent()) {
            flag(
                    key,
                    " was skipped for an older server, so its honesty is unproven: run the honesty check with"
                            + " NATS_SERVER_PATH at the newest nats-server. " + firstLine(solution.message()));
            return;
        }
        if (!green) {
            flag(key, " is " + solution.outcome() + " on the solution: " + solution.message());
        }
        if (red
                && !namesExerciseOrOneItNeeds(
                        skeleton.ownMessage(), exercise)) { // as the test said it, not a cause the tools dug out
            flag(
                    key,
                    " is red on the skeleton, but its message does not name Exercise " + exercise.id()
                            + (exercise.needs().isEmpty() ? "" : " (or " + exercise.needs() + ")") + ": "
                            + firstLine(skeleton.message()));
        } else if (!red && skeleton.passed() && step.greenOnSkeleton().containsKey(skeleton.displayName())) {
            allowedGreen.add(
                    step.module() + ": " + key + " (" + step.greenOnSkeleton().get(skeleton.displayName()) + ")");
        } else if (!red) {
            flag(
                    key,
                    " is " + skeleton.outcome() + " on the skeleton: it must fail until exercise " + exercise.id()
                            + " is solved");
        }
    }

    private void flag(String key, String what) {
        dishonestTests.add(key);
        problems.add(step.module() + ": " + key + what);
    }

    Step step() {
        return step;
    }

    int tests() {
        return tests;
    }

    int redOnSkeleton() {
        return counts.values().stream().mapToInt(ExerciseCount::redOnSkeleton).sum();
    }

    int greenOnSolution() {
        return counts.values().stream().mapToInt(ExerciseCount::greenOnSolution).sum();
    }

    List<ExerciseCount> exercises() {
        return List.copyOf(counts.values());
    }

    /** Tests allowed to pass on the skeleton, each with its reason. */
    List<String> allowedGreen() {
        return allowedGreen;
    }

    List<String> problems() {
        List<String> all = new ArrayList<>(problems);
        if (tests == 0) {
            all.add(step.module() + ": no test ran");
        }
        return all;
    }

    int dishonestTests() {
        return dishonestTests.size();
    }

    /** Whether the message names the exercise, or one it builds on ({@link Exercise#needs()}). */
    static boolean namesExerciseOrOneItNeeds(String message, Exercise exercise) {
        return namesExercise(message, exercise.id())
                || exercise.needs().stream().anyMatch(id -> namesExercise(message, id));
    }

    /** Whether the message names the exercise ("Exercise 1.1", but not "Exercise 1.10"). */
    static boolean namesExercise(String message, String id) {
        return Pattern.compile("Exercise " + Pattern.quote(id) + "(?!\\d)")
                .matcher(message)
                .find();
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("(no message)");
    }

    private static Map<String, TestResult> byKey(List<TestResult> results) {
        return results.stream()
                .collect(Collectors.toMap(TestResult::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
