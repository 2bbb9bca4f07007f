package workshop.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a learner stands on one step, exercise by exercise, from the results of its tests. A test
 * belongs to the exercise its display name starts with; a test class that could not run at all
 * (Surefire then reports no display name) belongs to the exercise whose {@code test} it is.
 *
 * <p>Read from report files ({@link #of(Step, Collection)}), a result is only as fresh as the code it
 * ran: an exercise whose tests passed is {@link State#STALE}, not solved, when its file or the file of
 * an exercise it needs ({@link Needs#filesOf}) was saved after its report was written. Its tests
 * ran other code than the learner's now, which may have broken it.
 */
final class ExerciseProgress {

    enum State {
        SOLVED,
        NOT_YET,
        NOT_RUN,
        NEEDS_NEWER_SERVER,
        STALE
    }

    /**
     * One exercise's standing.
     *
     * @param firstFailure the first red test, empty when none is red
     * @param skippedForServer the first test skipped because this run's server is older than it needs
     * @param changedSince the learner files it runs (its own, those of what it needs) saved after its tests ran
     */
    record Standing(
            Exercise exercise,
            int passed,
            int total,
            Optional<TestResult> firstFailure,
            Optional<TestResult> skippedForServer,
            List<String> changedSince) {

        Standing(
                Exercise exercise,
                int passed,
                int total,
                Optional<TestResult> firstFailure,
                Optional<TestResult> skippedForServer) {
            this(exercise, passed, total, firstFailure, skippedForServer, List.of());
        }

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
            if (passed == total) {
                return changedSince.isEmpty() ? State.SOLVED : State.STALE;
            }
            return State.NOT_YET;
        }
    }

    private final Step step;
    private final Map<String, List<TestResult>> byExercise = new LinkedHashMap<>();
    /** When the results of each exercise were written: the oldest report that holds one; none for results held in memory. */
    private final Map<String, FileTime> ranAt = new HashMap<>();

    private ExerciseProgress(Step step) {
        this.step = step;
        step.exercises().forEach(exercise -> byExercise.put(exercise.id(), new ArrayList<>()));
    }

    /** From results just run (or held since they ran): nothing is stale. */
    static ExerciseProgress of(Step step, List<TestResult> results) {
        ExerciseProgress progress = new ExerciseProgress(step);
        for (TestResult result : results) {
            progress.exerciseOf(result)
                    .ifPresent(id -> progress.byExercise.get(id).add(result));
        }
        return progress;
    }

    /** From report files (what {@code status} reads): a result older than a file it ran is stale. */
    static ExerciseProgress of(Step step, Collection<SurefireReports.ClassReport> reports) {
        ExerciseProgress progress = new ExerciseProgress(step);
        for (SurefireReports.ClassReport report : reports) {
            for (TestResult result : report.results()) {
                progress.exerciseOf(result).ifPresent(id -> {
                    progress.byExercise.get(id).add(result);
                    progress.ranAt.merge(id, report.written(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
                });
            }
        }
        return progress;
    }

    private Optional<String> exerciseOf(TestResult result) {
        Optional<String> named = result.exerciseId().filter(byExercise::containsKey);
        if (named.isPresent()) {
            return named;
        }
        return step.exercises().stream()
                .filter(e -> e.test().equals(result.testClass()))
                .map(Exercise::id)
                .findFirst();
    }

    /**
     * Every exercise of the step, in order. Skipped tests count neither as passed nor as run; an
     * exercise with tests skipped for an older server and none red needs a newer server.
     */
    List<Standing> standings() {
        List<Standing> standings = new ArrayList<>();
        for (Exercise exercise : step.exercises()) {
            List<TestResult> all = byExercise.get(exercise.id());
            List<TestResult> results = all.stream()
                    .filter(r -> r.outcome() != TestResult.Outcome.SKIPPED)
                    .toList();
            int passed = (int) results.stream().filter(TestResult::passed).count();
            Optional<TestResult> skippedForServer =
                    all.stream().filter(r -> r.neededServer().isPresent()).findFirst();
            standings.add(new Standing(
                    exercise,
                    passed,
                    results.size(),
                    results.stream().filter(TestResult::red).findFirst(),
                    skippedForServer,
                    changedSince(exercise)));
        }
        return standings;
    }

    /** The learner files the exercise runs that were saved after its results were written. */
    private List<String> changedSince(Exercise exercise) {
        FileTime ran = ranAt.get(exercise.id());
        if (ran == null) {
            return List.of();
        }
        List<String> changed = new ArrayList<>();
        for (String file : Needs.filesOf(step, exercise)) {
            Path source = step.skeletonSources().resolve(file);
            try {
                if (Files.exists(source) && Files.getLastModifiedTime(source).compareTo(ran) > 0) {
                    changed.add(file);
                }
            } catch (IOException e) {
                // gone meanwhile: nothing to compare
            }
        }
        return changed;
    }

    /** The first exercise that is not solved yet (a stale one is not), in the step's order, of those this server can run. */
    Optional<Standing> next() {
        return standings().stream()
                .filter(s -> s.state() != State.SOLVED && s.state() != State.NEEDS_NEWER_SERVER)
                .findFirst();
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
