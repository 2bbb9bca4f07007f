package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Path;
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
 * The honesty check: runs every step's tests on the skeleton and on the solution, and fails unless
 * each test is red on the skeleton, for the reason its exercise names, and green on the solution.
 * A test may be green on the skeleton only when {@code exercises.json} lists it with a reason.
 */
final class HonestyCheck {

    private final Path root;
    private final PrintStream out;

    HonestyCheck(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** Runs both modes and judges them; returns true when every step is honest. */
    boolean run(List<Step> steps) {
        out.println("Running the tests on the skeletons (the learner's mode)…");
        if (!runMaven(steps, "skeleton", List.of("-B", "clean", "test", "-Dmaven.test.failure.ignore=true"))) {
            return false;
        }
        out.println("Running the same tests on the solutions…");
        if (!runMaven(steps, "solutions", List.of("-B", "clean", "verify", "-Psolutions", "-Dmaven.test.failure.ignore=true"))) {
            return false;
        }
        return judge(steps);
    }

    /**
     * Runs Maven once for the steps of the build (-pl), and once per step folder that is not a
     * module yet (-f), so a step can be checked while it is being written.
     */
    private boolean runMaven(List<Step> steps, String mode, List<String> goals) {
        MavenRunner maven = new MavenRunner(root);
        List<List<String>> selections = new ArrayList<>();
        String inBuild = steps.stream().filter(Step::inBuild).map(Step::module).collect(Collectors.joining(","));
        if (!inBuild.isEmpty()) {
            selections.add(List.of("-pl", inBuild));
        }
        steps.stream().filter(step -> !step.inBuild()).forEach(step -> selections.add(List.of("-f", step.module() + "/pom.xml")));
        for (List<String> selection : selections) {
            Path log = root.resolve(".workshop/logs/honesty-" + mode + ".log");
            List<String> arguments = new ArrayList<>(goals);
            arguments.addAll(selection);
            if (maven.run(arguments, log) != 0) {
                out.println(MavenRunner.tail(log, 40));
                out.println("FAILED: Maven could not build the " + mode + " (" + String.join(" ", selection)
                        + "). Log: " + root.relativize(log));
                return false;
            }
        }
        return true;
    }

    /** Judges the reports both runs left behind. */
    boolean judge(List<Step> steps) {
        out.println();
        out.printf("%-28s %6s %18s %18s %16s%n", "step", "tests", "red on skeleton", "green on solution", "green on skel.*");
        List<String> problems = new ArrayList<>();
        List<String> allowedGreen = new ArrayList<>();
        Set<String> dishonest = new LinkedHashSet<>();
        int total = 0;
        for (Step step : steps) {
            Map<String, TestResult> skeleton = byKey(SurefireReports.read(SurefireReports.skeletonReports(step)));
            Map<String, TestResult> solution = byKey(SurefireReports.read(SurefireReports.solutionReports(step)));
            Set<String> keys = new LinkedHashSet<>(solution.keySet());
            keys.addAll(skeleton.keySet());
            int red = 0, green = 0, allowed = 0;
            Set<String> exercisesTested = new LinkedHashSet<>();
            for (String key : keys) {
                TestResult onSkeleton = skeleton.get(key);
                TestResult onSolution = solution.get(key);
                if (onSkeleton == null || onSolution == null) {
                    flag(problems, dishonest, step, key, " ran only on the " + (onSkeleton == null ? "solution" : "skeleton"));
                    continue;
                }
                String id = onSolution.exerciseId().orElse(null);
                if (id == null || step.exercise(id).isEmpty()) {
                    flag(problems, dishonest, step, key, ": its @DisplayName must start with one of this step's exercise ids");
                    continue;
                }
                exercisesTested.add(id);
                if (onSolution.passed()) {
                    green++;
                } else {
                    flag(problems, dishonest, step, key, " is " + onSolution.outcome() + " on the solution: " + onSolution.message());
                }
                if (onSkeleton.red()) {
                    red++;
                    Exercise exercise = step.exercise(id).orElseThrow();
                    if (!namesExerciseOrOneItNeeds(onSkeleton.message(), exercise)) {
                        flag(problems, dishonest, step, key, " is red on the skeleton, but its message does not name Exercise "
                                + id + (exercise.needs().isEmpty() ? "" : " (or " + exercise.needs() + ")") + ": " + firstLine(onSkeleton.message()));
                    }
                } else if (onSkeleton.passed() && step.greenOnSkeleton().containsKey(onSkeleton.displayName())) {
                    allowed++;
                    allowedGreen.add(step.module() + ": " + key + " (" + step.greenOnSkeleton().get(onSkeleton.displayName()) + ")");
                } else {
                    flag(problems, dishonest, step, key, " is " + onSkeleton.outcome() + " on the skeleton: it must fail until exercise " + id + " is solved");
                }
            }
            for (Exercise exercise : step.exercises()) {
                if (!exercisesTested.contains(exercise.id())) {
                    problems.add(step.module() + ": exercise " + exercise.id() + " has no test");
                }
            }
            if (keys.isEmpty()) {
                problems.add(step.module() + ": no test ran");
            }
            total += keys.size();
            out.printf("%-28s %6d %18d %18d %16d%n", step.module(), keys.size(), red, green, allowed);
        }
        out.println("* tests listed in exercises.json as passing on the skeleton, with a reason");
        allowedGreen.forEach(line -> out.println("  " + line));
        out.println();
        problems.forEach(problem -> out.println("PROBLEM " + problem));
        out.println(problems.isEmpty()
                ? "HONEST: every test is red on the skeleton for its own exercise, and green on the solution."
                : "NOT HONEST: " + problems.size() + " problem(s).");
        // The plain closing line CI reads: a test "passes" the honesty check when nothing was found against it.
        int failed = problems.isEmpty() ? 0 : Math.max(1, dishonest.size());
        out.printf("honesty: %d passed, %d failed%n", total - dishonest.size(), failed);
        return problems.isEmpty();
    }

    /** Records a problem with one test. */
    private static void flag(List<String> problems, Set<String> dishonest, Step step, String key, String what) {
        dishonest.add(step.module() + ": " + key);
        problems.add(step.module() + ": " + key + what);
    }

    /** Whether the message names the exercise, or one it builds on ({@link Exercise#needs()}). */
    static boolean namesExerciseOrOneItNeeds(String message, Exercise exercise) {
        return namesExercise(message, exercise.id()) || exercise.needs().stream().anyMatch(id -> namesExercise(message, id));
    }

    /** Whether the message names the exercise ("Exercise 1.1", but not "Exercise 1.10"). */
    static boolean namesExercise(String message, String id) {
        return Pattern.compile("Exercise " + Pattern.quote(id) + "(?!\\d)").matcher(message).find();
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("(no message)");
    }

    private static Map<String, TestResult> byKey(List<TestResult> results) {
        return results.stream().collect(Collectors.toMap(TestResult::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
