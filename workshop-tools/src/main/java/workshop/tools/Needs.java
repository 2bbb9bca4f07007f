package workshop.tools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code needs} of a step's exercises as a graph, followed transitively both ways: what an
 * exercise builds on ({@link #of}), and what builds on a set of exercises ({@link #dependentsOf}).
 * {@code ./workshop check} proves the graph holds every use the code implies ({@link ExerciseUses}),
 * so {@code watch} re-runs and {@code status} distrusts by it.
 */
final class Needs {

    private Needs() {}

    /** The ids the exercise needs, directly or through the needs of what it needs, in no set order. */
    static Set<String> of(Step step, Exercise exercise) {
        Set<String> closure = new LinkedHashSet<>();
        List<String> toVisit = new ArrayList<>(exercise.needs());
        while (!toVisit.isEmpty()) {
            String id = toVisit.removeFirst();
            if (closure.add(id)) {
                step.exercise(id).ifPresent(needed -> toVisit.addAll(needed.needs()));
            }
        }
        return closure;
    }

    /** These exercises and every exercise that needs one of them, transitively, in step order. */
    static Set<String> dependentsOf(Step step, Collection<String> ids) {
        Set<String> affected = new LinkedHashSet<>();
        for (Exercise exercise : step.exercises()) {
            if (ids.contains(exercise.id()) || of(step, exercise).stream().anyMatch(ids::contains)) {
                affected.add(exercise.id());
            }
        }
        return affected;
    }

    /**
     * The learner files (relative to {@code src/main/java}) whose code the exercise runs: its own and
     * those of every exercise it needs, in step order.
     */
    static Set<String> filesOf(Step step, Exercise exercise) {
        Set<String> needed = of(step, exercise);
        Set<String> files = new LinkedHashSet<>();
        for (Exercise other : step.exercises()) {
            if (other.equals(exercise) || needed.contains(other.id())) {
                files.add(other.file());
            }
        }
        return files;
    }
}
