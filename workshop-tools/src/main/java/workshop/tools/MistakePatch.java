package workshop.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a {@link Mistake} to a step's solution: each of its edits must find its lines exactly once
 * inside the regions of the mistake's exercise ({@code // EXERCISE n.m BEGIN} … {@code END}), never
 * outside them, so that a mistake stays a variant of the code the learner writes. A solution that
 * changed under a mistake makes it fail loudly here, the way a skeleton that drifted fails the check.
 */
final class MistakePatch {

    private final Step step;

    MistakePatch(Step step) {
        this.step = step;
    }

    /**
     * The solution files the mistake changes, with their changed text.
     *
     * @throws IllegalArgumentException when the step has no such exercise, or an edit finds its lines
     *     nowhere in the exercise's regions, or in more than one place
     */
    Map<Path, String> apply(Mistake mistake) {
        if (step.exercise(mistake.exerciseId()).isEmpty()) {
            throw new IllegalArgumentException(where(mistake) + " names exercise " + mistake.exerciseId() + ", which "
                    + step.module() + "/" + Step.METADATA + " lacks");
        }
        Map<Path, List<String>> edited = new LinkedHashMap<>();
        for (Mistake.Edit edit : mistake.edits()) {
            List<Place> places = new ArrayList<>();
            for (Path file : StepCompiler.javaFiles(step.solutionSources())) {
                List<String> lines = edited.containsKey(file) ? edited.get(file) : linesOf(file);
                places.addAll(placesIn(file, lines, mistake.exerciseId(), edit.before()));
            }
            if (places.size() != 1) {
                throw new IllegalArgumentException(where(mistake)
                        + (places.isEmpty()
                                ? ": its lines are in no region of exercise " + mistake.exerciseId()
                                        + " of the solution (did the solution change?): "
                                        + String.join(" / ", edit.before()).strip()
                                : ": its lines are in " + places.size() + " places of exercise " + mistake.exerciseId()
                                        + "'s regions: add an unchanged line around them"));
            }
            Place place = places.getFirst();
            List<String> lines = edited.computeIfAbsent(place.file(), MistakePatch::linesOf);
            lines.subList(place.start(), place.start() + edit.before().size()).clear();
            lines.addAll(place.start(), edit.after());
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        edited.forEach((file, lines) -> texts.put(file, String.join("\n", lines)));
        return texts;
    }

    private String where(Mistake mistake) {
        return Steps.relative(step.root(), MistakeCorpus.fileOf(step)) + ":" + mistake.line() + ": mistake "
                + mistake.label();
    }

    /** A line where an edit's lines start. */
    private record Place(Path file, int start) {}

    /** Where {@code wanted} starts inside the regions of exercise {@code id} in these lines. */
    private static List<Place> placesIn(Path file, List<String> lines, String id, List<String> wanted) {
        List<Place> places = new ArrayList<>();
        for (int[] region : SkeletonWriter.regionLines(String.join("\n", lines), id)) {
            int firstCode = region[0]; // the 0-based index of the line after BEGIN
            int endMarker = region[1] - 1; // the 0-based index of END
            for (int start = firstCode; start + wanted.size() <= endMarker; start++) {
                if (matchesAt(lines, start, wanted)) {
                    places.add(new Place(file, start));
                }
            }
        }
        return places;
    }

    private static boolean matchesAt(List<String> lines, int start, List<String> wanted) {
        for (int k = 0; k < wanted.size(); k++) {
            if (!lines.get(start + k).strip().equals(wanted.get(k).strip())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> linesOf(Path file) {
        return new ArrayList<>(List.of(Generator.read(file).split("\n", -1)));
    }
}
