package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * {@code ./workshop solution <exercise>}: how the learner's file differs from the reference solution,
 * as a unified diff, showing the changes of that exercise (a file may hold several). The reference is
 * shown without its exercise markers, so a solved file has no difference at all.
 */
final class SolutionCommand {

    private static final int CONTEXT = 3;

    /** The reference solution's code lines, each with the exercise region it lies in (null: outside any). */
    record Reference(List<String> lines, List<String> exerciseOfLine, boolean whole) {

        static Reference of(String solution) {
            List<String> lines = new ArrayList<>();
            List<String> exercises = new ArrayList<>();
            String open = null;
            boolean todoGoesOn = false; // the comment lines right after BEGIN carry on its text: markers too
            String whole = SkeletonWriter.wholeFileExercise(solution).orElse(null);
            for (String line : solution.lines().toList()) {
                if (whole != null) { // a file the learner writes whole: every line is the exercise's
                    if (!SkeletonWriter.WHOLE_FILE.matcher(line).matches()) {
                        lines.add(line);
                        exercises.add(whole);
                    }
                    continue;
                }
                Matcher begin = SkeletonWriter.BEGIN.matcher(line);
                Matcher end = SkeletonWriter.END.matcher(line);
                boolean skeletonLine =
                        SkeletonWriter.SKELETON_LINE.matcher(line).matches();
                if (todoGoesOn
                        && !skeletonLine
                        && SkeletonWriter.COMMENT_LINE.matcher(line).matches()) {
                    continue;
                }
                todoGoesOn = false;
                if (begin.matches()) {
                    open = begin.group(2);
                    todoGoesOn = begin.group(3) != null && !begin.group(3).isBlank();
                } else if (end.matches()) {
                    open = null;
                } else if (open == null || !skeletonLine) {
                    lines.add(line);
                    exercises.add(open);
                }
            }
            return new Reference(lines, exercises, whole != null);
        }

        /** The exercises changed lines touch: the regions of added lines, and of the lines around a removal. */
        Set<String> exercisesOf(List<UnifiedDiff.Line> changes) {
            Set<String> touched = new LinkedHashSet<>();
            for (UnifiedDiff.Line line : changes) {
                if (line.kind() == '+') {
                    add(touched, line.newIndex());
                } else if (line.kind() == '-') {
                    add(touched, line.newIndex() - 1);
                    add(touched, line.newIndex());
                }
            }
            return touched;
        }

        private void add(Set<String> touched, int index) {
            if (index >= 0 && index < exerciseOfLine.size() && exerciseOfLine.get(index) != null) {
                touched.add(exerciseOfLine.get(index));
            }
        }
    }

    private final Path root;
    private final PrintStream out;

    SolutionCommand(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    int run(List<String> arguments) {
        if (arguments.size() != 1) {
            throw new Main.UsageException("name one exercise, e.g. ./workshop solution 1.3");
        }
        Steps.Located located = Steps.exercise(root, arguments.getFirst());
        String id = located.exercise().id();
        Path yours = located.learnerFile();
        Path reference = located.solutionFile();
        if (!Files.exists(reference)) {
            out.println("The reference solution " + Steps.relative(root, reference) + " is missing.");
            return 1;
        }
        List<String> yourLines =
                Files.exists(yours) ? Generator.read(yours).lines().toList() : List.of();
        Reference solution = Reference.of(Generator.read(reference));
        List<UnifiedDiff.Line> lines = UnifiedDiff.lines(yourLines, solution.lines());
        List<UnifiedDiff.Hunk> mine = UnifiedDiff.hunks(
                lines, CONTEXT, block -> solution.exercisesOf(block).contains(id));
        List<UnifiedDiff.Hunk> others = UnifiedDiff.hunks(
                lines, 0, block -> !solution.exercisesOf(block).contains(id));

        out.println(located.exercise().heading() + ": your file against the reference solution");
        out.println("--- " + Steps.relative(root, yours)
                + (Files.exists(yours)
                        ? "   (yours)"
                        : solution.whole()
                                ? "   (not written yet: this exercise is writing it)"
                                : "   (missing: ./workshop reset restores it)"));
        out.println("+++ " + Steps.relative(root, reference) + "   (reference, without its EXERCISE markers)");
        if (mine.isEmpty()) {
            out.println("Your code for exercise " + id + " is the reference solution's, line for line.");
        }
        for (UnifiedDiff.Hunk hunk : mine) {
            print(hunk, solution);
        }
        if (!others.isEmpty()) {
            Set<String> elsewhere = new LinkedHashSet<>();
            others.forEach(h -> elsewhere.addAll(solution.exercisesOf(h.lines())));
            elsewhere.remove(id);
            out.println();
            out.println(
                    others.size() + (others.size() == 1 ? " more difference" : " more differences") + " in this file"
                            + (elsewhere.isEmpty()
                                    ? " outside the exercises (your own additions, or given code you changed)."
                                    : ", for exercise(s) " + String.join(", ", elsewhere) + ": ./workshop solution "
                                            + elsewhere.iterator().next()));
        }
        out.println();
        out.println("Lines with - are yours, lines with + are the reference's. The whole reference: "
                + Steps.relative(root, reference));
        return 0;
    }

    private void print(UnifiedDiff.Hunk hunk, Reference solution) {
        out.println(hunk.header() + " exercise " + String.join(", ", solution.exercisesOf(hunk.lines())));
        for (UnifiedDiff.Line line : hunk.lines()) {
            out.println(line.kind() + line.text());
        }
    }
}
