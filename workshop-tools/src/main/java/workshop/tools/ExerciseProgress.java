package workshop.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a learner stands on one step, exercise by exercise, from the results of its tests. A test
 * belongs to the exercise its display name starts with; a test class that could not run at all
 * (Surefire then reports no display name) belongs to the exercise whose {@code test} it is.
 */
final class ExerciseProgress {

    enum State { SOLVED, NOT_YET, NOT_RUN, NEEDS_NEWER_SERVER }

    /**
     * One exercise's standing.
     *
     * @param firstFailure the first red test, empty when none is red
     * @param skippedForServer the first test skipped because this run's server is older than it needs
     */
    record Standing(Exercise exercise, int passed, int total, Optional<TestResult> firstFailure, Optional<TestResult> skippedForServer) {

        /** The release the skipped tests need ("2.11"), when any were skipped for an older server. */
        Optional<String> neededServer() {
            return skippedForServer.flatMap(TestResult::neededServer);
        }

        State state() {
            if (firstFailure.isEmpty() && skippedForServer.isPresent()) {
                return State.NEEDS_NEWER_SERVER; // not failed: this server cannot run it
            }
            if (total == 0) {
                return State.NOT_RUN;
            }
            return passed == total ? State.SOLVED : State.NOT_YET;
        }
    }

    private final Step step;
    private final Map<String, List<TestResult>> byExercise = new LinkedHashMap<>();

    private ExerciseProgress(Step step) {
        this.step = step;
        step.exercises().forEach(exercise -> byExercise.put(exercise.id(), new ArrayList<>()));
    }

    static ExerciseProgress of(Step step, List<TestResult> results) {
        ExerciseProgress progress = new ExerciseProgress(step);
        for (TestResult result : results) {
            progress.exerciseOf(result).ifPresent(id -> progress.byExercise.get(id).add(result));
        }
        return progress;
    }

    private Optional<String> exerciseOf(TestResult result) {
        Optional<String> named = result.exerciseId().filter(byExercise::containsKey);
        if (named.isPresent()) {
            return named;
        }
        return step.exercises().stream().filter(e -> e.test().equals(result.testClass())).map(Exercise::id).findFirst();
    }

    /**
     * Every exercise of the step, in order. Skipped tests count neither as passed nor as run; an
     * exercise with tests skipped for an older server and none red needs a newer server.
     */
    List<Standing> standings() {
        List<Standing> standings = new ArrayList<>();
        for (Exercise exercise : step.exercises()) {
            List<TestResult> all = byExercise.get(exercise.id());
            List<TestResult> results = all.stream().filter(r -> r.outcome() != TestResult.Outcome.SKIPPED).toList();
            int passed = (int) results.stream().filter(TestResult::passed).count();
            Optional<TestResult> skippedForServer = all.stream().filter(r -> r.neededServer().isPresent()).findFirst();
            standings.add(new Standing(exercise, passed, results.size(), results.stream().filter(TestResult::red).findFirst(), skippedForServer));
        }
        return standings;
    }

    /** The first exercise that is not solved yet, in the step's order, of those this server can run. */
    Optional<Standing> next() {
        return standings().stream().filter(s -> s.state() != State.SOLVED && s.state() != State.NEEDS_NEWER_SERVER).findFirst();
    }

    long solved() {
        return standings().stream().filter(s -> s.state() == State.SOLVED).count();
    }

    boolean anyRun() {
        return standings().stream().anyMatch(s -> s.state() != State.NOT_RUN);
    }

    Step step() {
        return step;
    }
}
