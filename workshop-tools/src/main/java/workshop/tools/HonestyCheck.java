package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
        if (!runMaven(
                steps,
                "solutions",
                List.of("-B", "clean", "verify", "-Psolutions", "-Dmaven.test.failure.ignore=true"))) {
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
        steps.stream()
                .filter(step -> !step.inBuild())
                .forEach(step -> selections.add(List.of("-f", step.module() + "/pom.xml")));
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

    /** Judges the reports both runs left behind, and prints the report. */
    boolean judge(List<Step> steps) {
        List<StepVerdict> verdicts = steps.stream()
                .map(step -> StepVerdict.judge(
                        step,
                        SurefireReports.read(SurefireReports.skeletonReports(step)),
                        SurefireReports.read(SurefireReports.solutionReports(step))))
                .toList();

        out.println();
        out.printf("%-30s %6s %16s %18s%n", "step / exercise", "tests", "red on skeleton", "green on solution");
        for (StepVerdict verdict : verdicts) {
            out.printf(
                    "%-30s %6d %16d %18d%n",
                    verdict.step().module(), verdict.tests(), verdict.redOnSkeleton(), verdict.greenOnSolution());
            for (StepVerdict.ExerciseCount count : verdict.exercises()) {
                out.printf(
                        "  %-28s %6d %16d %18d%n",
                        count.exercise().id() + " "
                                + abbreviate(count.exercise().title(), 22),
                        count.tests(),
                        count.redOnSkeleton(),
                        count.greenOnSolution());
            }
        }
        List<String> allowedGreen =
                verdicts.stream().flatMap(v -> v.allowedGreen().stream()).toList();
        if (!allowedGreen.isEmpty()) {
            out.println("Green on the skeleton on purpose (listed in exercises.json, with the reason):");
            allowedGreen.forEach(line -> out.println("  " + line));
        }
        List<String> problems =
                verdicts.stream().flatMap(v -> v.problems().stream()).toList();
        out.println();
        problems.forEach(problem -> out.println("PROBLEM " + problem));
        out.println(
                problems.isEmpty()
                        ? "HONEST: every test is red on the skeleton for its own exercise, and green on the solution."
                        : "NOT HONEST: " + problems.size() + " problem(s).");
        // The plain closing line CI reads: a test "passes" the honesty check when nothing was found against it.
        int total = verdicts.stream().mapToInt(StepVerdict::tests).sum();
        int dishonest = verdicts.stream().mapToInt(StepVerdict::dishonestTests).sum();
        out.printf(
                "honesty: %d passed, %d failed%n", total - dishonest, problems.isEmpty() ? 0 : Math.max(1, dishonest));
        return problems.isEmpty();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
