package workshop.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code ./workshop check}. Proves that a step's skeleton and solution have not drifted apart: the
 * committed skeleton and README are exactly what the solution generates (so they differ only inside
 * exercise regions), and, when both have been compiled, their public API is the same
 * ({@code javap -public}). And that what names an exercise or a README section still finds it: every
 * {@code Exercise.of("…")} in a test ({@link TestExerciseIds}), every link to a README heading
 * ({@link ReadmeLinks}), and every {@code needs} the code implies ({@link ExerciseUses}). And that no step
 * test asserts a throw in a way that drops its message ({@link LostDescriptions}).
 */
final class DriftCheck {

    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> uses = new ArrayList<>();

    /** Checks the steps (and the top-level documents' links); returns the problems found (empty when all is well). */
    List<String> run(Path root, List<Step> steps) {
        for (Step step : steps) {
            checkSources(step);
            checkReadme(step);
            checkPublicApi(step);
            problems.addAll(TestExerciseIds.check(root, step));
            problems.addAll(LostDescriptions.check(root, step));
            checkNeeds(step);
            checkMistakes(step);
        }
        problems.addAll(new ReadmeLinks(root).check(steps));
        return problems;
    }

    List<String> notes() {
        return notes;
    }

    /** Per step, which exercise uses which, and why: what {@code check --verbose} prints. */
    List<String> uses() {
        return uses;
    }

    /**
     * Fails on a mistakes.md that does not parse, names an exercise the step lacks, or has a mistake that no
     * longer applies to the solution: a solution changed under it. Whether the tests catch each one is
     * {@code ./workshop mistakes}' job; this part only reads files, so it is cheap.
     */
    private void checkMistakes(Step step) {
        List<Mistake> mistakes;
        try {
            mistakes = MistakeCorpus.of(step);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return;
        }
        MistakePatch patch = new MistakePatch(step);
        for (Mistake mistake : mistakes) {
            try {
                patch.apply(mistake);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
    }

    /** Fails on a use the code implies that no need in exercises.json covers, directly or transitively. */
    private void checkNeeds(Step step) {
        List<ExerciseUses.Use> derived = ExerciseUses.of(step);
        uses.add(step.module() + (derived.isEmpty() ? ": no exercise uses another" : ":"));
        for (ExerciseUses.Use use : derived) {
            boolean covered = Needs.of(step, use.user()).contains(use.used().id());
            uses.add("  " + use.user().id() + " uses " + use.used().id() + "  (" + use.reason() + ")"
                    + (covered ? "" : "  MISSING from needs"));
        }
        for (ExerciseUses.Use use : ExerciseUses.uncovered(step, derived)) {
            problems.add(step.module() + "/" + Step.METADATA + ": exercise "
                    + use.user().id() + " uses " + use.used().id()
                    + " (" + use.reason() + ") but its needs do not say so: add \""
                    + use.used().id() + "\" to the \"needs\" of "
                    + use.user().id() + " (./workshop check --verbose shows every use)");
        }
    }

    private void checkSources(Step step) {
        Map<String, String> expected = Generator.expectedSkeleton(step);
        Map<String, String> actual = Generator.actualSkeleton(step);
        var all = new TreeSet<>(expected.keySet());
        all.addAll(actual.keySet());
        for (String file : all) {
            String where = step.module() + "/src/main/java/" + file;
            if (!actual.containsKey(file)) {
                problems.add(where + " is missing (the solution has it)");
            } else if (!expected.containsKey(file) && Generator.wholeFiles(step).containsKey(file)) {
                problems.add(where + " is the file exercise "
                        + Generator.wholeFiles(step).get(file)
                        + " has the learner write whole: the skeleton must not have it; run ./workshop generate");
            } else if (!expected.containsKey(file)) {
                problems.add(where + " has no solution twin in solutions/" + step.module());
            } else if (!expected.get(file).equals(actual.get(file))) {
                problems.add(where + " differs from what its solution generates: "
                        + firstDifference(expected.get(file), actual.get(file)));
            }
        }
        Map<String, String> wholeFiles = Generator.wholeFiles(step);
        for (Exercise exercise : step.exercises()) {
            if (exercise.id().equals(wholeFiles.get(exercise.file()))) {
                continue; // the learner writes it whole: the solution has it, the skeleton must not
            } else if (!expected.containsKey(exercise.file())) {
                problems.add(step.module() + "/exercises.json: exercise " + exercise.id() + " names " + exercise.file()
                        + ", which does not exist");
            } else if (!expected.get(exercise.file()).contains("Exercise " + exercise.id() + " ")) {
                problems.add(step.module() + "/exercises.json: exercise " + exercise.id() + " has no region in "
                        + exercise.file());
            }
        }
    }

    private void checkReadme(Step step) {
        if (!Generator.expectedReadme(step).equals(Generator.read(Generator.readmeOf(step)))) {
            problems.add(step.module() + "/README.md: the exercise sections are not what exercises.json generates");
        }
    }

    private void checkPublicApi(Step step) {
        Path skeletonClasses = step.moduleDir().resolve("target/classes");
        Path solutionClasses = step.moduleDir().resolve("target/solutions/classes");
        if (!Files.isDirectory(skeletonClasses) || !Files.isDirectory(solutionClasses)) {
            notes.add(step.module() + ": public API not compared (build both modes first, e.g. ./workshop honesty)");
            return;
        }
        if (olderThanSources(skeletonClasses, step.skeletonSources())
                || olderThanSources(solutionClasses, step.solutionSources())) {
            notes.add(step.module() + ": public API not compared (a source changed since the last build: build both"
                    + " modes again, e.g. ./workshop honesty)");
            return;
        }
        // a class the learner writes whole is not in the skeleton: its API is the test's to check
        Set<String> written = Generator.wholeFiles(step).keySet().stream()
                .map(file -> file.substring(0, file.length() - ".java".length()).replace('/', '.'))
                .collect(java.util.stream.Collectors.toSet());
        List<String> skeletonApi = publicApi(skeletonClasses, written);
        List<String> solutionApi = publicApi(solutionClasses, written);
        if (!skeletonApi.equals(solutionApi)) {
            problems.add(step.module() + ": the public API of skeleton and solution differ: "
                    + firstDifference(String.join("\n", solutionApi), String.join("\n", skeletonApi)));
        }
    }

    /**
     * Whether a source was saved after the newest class of the folder was compiled: comparing then would
     * report the difference between two builds, not between skeleton and solution.
     */
    private static boolean olderThanSources(Path classes, Path sources) {
        return newest(sources, ".java") > newest(classes, ".class");
    }

    private static long newest(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            // package-info.java compiles to no class file unless it is annotated
            return files.filter(f -> f.toString().endsWith(suffix) && !f.endsWith("package-info.java"))
                    .mapToLong(f -> f.toFile().lastModified())
                    .max()
                    .orElse(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What javap prints of the public members of every named class in the folder, but those {@code left} out (and their nested classes). */
    private static List<String> publicApi(Path classes, Set<String> left) {
        List<String> classNames;
        try (Stream<Path> files = Files.walk(classes)) {
            classNames = files.map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> f.endsWith(".class") && !f.matches(".*\\$\\d.*"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> !left.contains(name.replaceFirst("\\$.*", "")))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (classNames.isEmpty()) {
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "javap").toString(),
                "-public",
                "-cp",
                classes.toString()));
        command.addAll(classNames);
        try {
            Process javap =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(javap.getInputStream().readAllBytes());
            javap.waitFor();
            return output.lines()
                    .filter(line -> !line.startsWith("Compiled from"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** "line N: expected … but found …" for the first line that differs. */
    static String firstDifference(String expected, String actual) {
        String[] want = expected.split("\n", -1);
        String[] got = actual.split("\n", -1);
        for (int i = 0; i < Math.max(want.length, got.length); i++) {
            String w = i < want.length ? want[i] : "<end of file>";
            String g = i < got.length ? got[i] : "<end of file>";
            if (!w.equals(g)) {
                return "line " + (i + 1) + ": expected `" + w.strip() + "` but found `" + g.strip() + "`";
            }
        }
        return "they differ";
    }
}
