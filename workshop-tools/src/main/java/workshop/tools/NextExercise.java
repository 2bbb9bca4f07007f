package workshop.tools;

import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercise a learner should do next, from the latest test results (as {@code status} reads them):
 * the first unsolved one of the step run last, or of the steps after it when that one is done; with
 * no run at all, the first exercise of the first step. Bare {@code ./workshop} starts there.
 */
final class NextExercise {

    private NextExercise() {}

    /** The step's standing from its latest reports, Maven's and the watch's. */
    static ExerciseProgress progressOf(Step step) {
        Map<String, SurefireReports.ClassReport> reports = SurefireReports.latestByClass(
                List.of(SurefireReports.skeletonReports(step), SurefireReports.watchReports(step)));
        return ExerciseProgress.of(step, reports.values());
    }

    /** The next exercise and its step; empty when every exercise from the step run last on is solved. */
    static Optional<Steps.Located> find(java.nio.file.Path root) {
        List<Step> steps = Step.loadEach(root).stream()
                .filter(loaded -> loaded.step() != null)
                .map(Step.Loaded::step)
                .toList();
        int from = 0;
        FileTime newest = FileTime.fromMillis(0);
        for (int i = 0; i < steps.size(); i++) {
            Optional<FileTime> written = SurefireReports.latestByClass(List.of(
                            SurefireReports.skeletonReports(steps.get(i)), SurefireReports.watchReports(steps.get(i))))
                    .values()
                    .stream()
                    .map(SurefireReports.ClassReport::written)
                    .max(FileTime::compareTo);
            if (written.isPresent() && written.get().compareTo(newest) > 0) {
                newest = written.get();
                from = i;
            }
        }
        for (int i = from; i < steps.size(); i++) {
            Optional<ExerciseProgress.Standing> next = progressOf(steps.get(i)).next();
            if (next.isPresent()) {
                return Optional.of(new Steps.Located(steps.get(i), next.get().exercise()));
            }
        }
        return Optional.empty();
    }

    /** The step after this one in the build, if any. */
    static Optional<Step> stepAfter(java.nio.file.Path root, Step step) {
        List<Step.Loaded> all = Step.loadEach(root);
        for (int i = 0; i < all.size() - 1; i++) {
            if (all.get(i).module().equals(step.module())) {
                for (int j = i + 1; j < all.size(); j++) {
                    if (all.get(j).step() != null) {
                        return Optional.of(all.get(j).step());
                    }
                }
            }
        }
        return Optional.empty();
    }
}
