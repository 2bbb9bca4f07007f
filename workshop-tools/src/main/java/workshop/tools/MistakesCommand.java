package workshop.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * {@code ./workshop mistakes [step | exercise]}: proves that each exercise's tests reject the mistakes
 * learners really make. For every mistake of the step's {@code mistakes.md} ({@link MistakeCorpus}) it
 * applies the edit to the solution ({@link MistakePatch}), compiles the changed files in process on top
 * of the compiled solution, and runs the exercise's test class until its first failure
 * ({@link InProcessTests}). A mistake passes when a test of its exercise fails and that first failure's
 * message contains the mistake's "Says" words. The command fails on a mistake that survives, one whose
 * message does not name it, and one that no longer applies or compiles. For a whole step it lists the
 * exercises with fewer mistakes than their track asks (3 for Build, 1 for Use); {@code --complete} fails
 * on them too. A mistake whose tests were all
 * skipped (no server, a server too old for the exercise) is reported as not run, never as caught.
 *
 * <p>Everything it compiles goes to {@code .workshop/mistakes/<step>/}; the learner's files and Maven's
 * {@code target/} are never touched.
 */
final class MistakesCommand {

    /** How many mistakes each track asks of an exercise. */
    static int required(Exercise exercise) {
        return exercise.track().equals("Build") ? 3 : 1;
    }

    private final Path root;
    private final PrintStream out;
    private final Function<Step, List<Path>> classpath;
    /** Asks Maven once for the classpaths of all the steps to run, before the first is needed. */
    private final Consumer<List<Step>> prepareClasspaths;

    MistakesCommand(Path root, PrintStream out) {
        this(root, out, null);
    }

    /** @param classpath the step's test libraries; null asks Maven ({@link TestClasspath}) */
    MistakesCommand(Path root, PrintStream out, Function<Step, List<Path>> classpath) {
        this.root = root;
        this.out = out;
        this.classpath = classpath != null ? classpath : step -> new TestClasspath(root, out).of(step);
        this.prepareClasspaths = classpath != null ? steps -> {} : steps -> new TestClasspath(root, out).prepare(steps);
    }

    /** What became of one mistake. */
    enum Outcome {
        /** A test of its exercise failed, and the first failure said the mistake's words. */
        CAUGHT("caught"),
        /** A test failed, but its message does not say what the mistake is. */
        UNNAMED("UNNAMED"),
        /** Every test of its exercise passed with the mistake in place. */
        SURVIVED("SURVIVED"),
        /** Its tests did not run (all skipped): nothing is known. */
        NOT_RUN("not run"),
        /** It does not apply to the solution any more, or does not compile. */
        BROKEN("BROKEN");

        final String word;

        Outcome(String word) {
            this.word = word;
        }

        /** Whether this outcome fails the run: a mistake that was not run proves nothing either way. */
        boolean fails() {
            return this == UNNAMED || this == SURVIVED || this == BROKEN;
        }
    }

    /** One mistake's outcome, with what decided it. */
    record Verdict(Mistake mistake, Outcome outcome, String detail) {}

    /** {@code --verbose}: also the first failure of each caught mistake, to read that it failed where it should. */
    private boolean verbose;
    /** {@code --complete}: an exercise with fewer mistakes than its track asks fails the run too, not only shows. */
    private boolean complete;

    int run(List<String> arguments) {
        verbose = arguments.contains("--verbose");
        complete = arguments.contains("--complete");
        arguments = arguments.stream()
                .filter(a -> !a.equals("--verbose") && !a.equals("--complete"))
                .toList();
        if (arguments.size() > 1) {
            throw new Main.UsageException("name one step or one exercise, or none for every step");
        }
        List<Step> steps;
        Optional<String> only = Optional.empty();
        if (arguments.isEmpty()) {
            steps = Step.all(root);
        } else if (Steps.isExerciseId(arguments.getFirst())) {
            Steps.Located located = Steps.exercise(root, arguments.getFirst());
            steps = List.of(located.step());
            only = Optional.of(located.exercise().id());
        } else {
            steps = List.of(Step.named(root, arguments.getFirst()));
        }
        prepareClasspaths.accept(steps);
        List<String> problems = new ArrayList<>();
        List<String> table = new ArrayList<>();
        int passed = 0;
        for (Step step : steps) {
            long started = System.nanoTime();
            String exerciseId = only.orElse(null);
            List<Mistake> corpus = MistakeCorpus.of(step);
            List<Mistake> mistakes = corpus.stream()
                    .filter(m -> exerciseId == null || m.exerciseId().equals(exerciseId))
                    .toList();
            List<String> missing = only.isPresent() ? List.of() : missing(step, corpus);
            out.println(step.module() + ": " + mistakes.size() + " mistake(s)");
            List<Verdict> verdicts = mistakes.isEmpty() ? List.of() : runAll(step, mistakes);
            long caught = count(verdicts, Outcome.CAUGHT);
            List<Verdict> failing =
                    verdicts.stream().filter(v -> v.outcome().fails()).toList();
            if (complete) {
                missing.forEach(line -> problems.add(step.module() + ": " + line));
            }
            failing.forEach(
                    v -> problems.add(v.outcome().word + " " + v.mistake().label() + ": " + v.detail()));
            passed += (int) caught;
            table.add(String.format(
                    "%-30s %8d %8d %8d %8d %7.1f s",
                    step.module(),
                    verdicts.size(),
                    caught + count(verdicts, Outcome.UNNAMED),
                    caught,
                    count(verdicts, Outcome.NOT_RUN),
                    (System.nanoTime() - started) / 1e9));
            if (!missing.isEmpty()) {
                out.println("  too few mistakes: " + String.join("; ", missing));
            }
            if (!failing.isEmpty()) {
                out.println("  " + failing.size() + " mistake(s) not caught with their words");
            }
        }
        out.println();
        out.printf("%-30s %8s %8s %8s %8s %9s%n", "step", "mistakes", "caught", "named", "not run", "time");
        table.forEach(out::println);
        out.println();
        problems.forEach(problem -> out.println("PROBLEM " + problem));
        out.printf("mistakes: %d caught and named, %d not%n", passed, problems.size());
        return problems.isEmpty() ? 0 : 1;
    }

    private static long count(List<Verdict> verdicts, Outcome outcome) {
        return verdicts.stream().filter(v -> v.outcome() == outcome).count();
    }

    /** The exercises with fewer mistakes than their track asks, as lines for the report. */
    static List<String> missing(Step step, List<Mistake> corpus) {
        List<String> missing = new ArrayList<>();
        for (Exercise exercise : step.exercises()) {
            long have = corpus.stream()
                    .filter(m -> m.exerciseId().equals(exercise.id()))
                    .count();
            if (have < required(exercise)) {
                missing.add(exercise.id() + " (" + exercise.track() + ") has " + have + " of the " + required(exercise)
                        + " it needs");
            }
        }
        return missing;
    }

    /** Compiles the step's solution and tests once, then tries each mistake on top of them. */
    private List<Verdict> runAll(Step step, List<Mistake> mistakes) {
        Path work = root.resolve(".workshop/mistakes").resolve(step.module());
        Path log = root.resolve(".workshop/logs/mistakes-" + step.module() + ".log");
        List<Path> libraries = classpath.apply(step);
        try (URLClassLoader libraryLoader = InProcessTests.loaderOf(libraries, ClassLoader.getPlatformClassLoader());
                StepCompiler compiler = new StepCompiler(root);
                OutputStream logFile = Files.newOutputStream(
                        createParent(log), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
                PrintStream logStream = new PrintStream(logFile, true)) {
            StepRun run = new StepRun(step, work, libraries, compiler, new InProcessTests(libraryLoader), logStream);
            run.compileSolution();
            List<Verdict> verdicts = new ArrayList<>();
            for (Mistake mistake : mistakes) {
                Verdict verdict = run.tryOne(mistake);
                out.println("  " + String.format("%-8s", verdict.outcome().word) + " " + mistake.label()
                        + (verdict.outcome() == Outcome.CAUGHT && !verbose ? "" : ": " + verdict.detail()));
                verdicts.add(verdict);
            }
            return verdicts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One step's solution compiled under {@code .workshop/mistakes/<step>/}, with its tests: each mistake
     * compiles only the files it changes, into a folder of its own that comes first on the classpath.
     */
    private record StepRun(
            Step step, Path work, List<Path> libraries, StepCompiler compiler, InProcessTests tests, PrintStream log) {

        Path classes() {
            return work.resolve("classes");
        }

        Path testClasses() {
            return work.resolve("test-classes");
        }

        void compileSolution() {
            List<String> errors = compiler.compileAll(step.solutionSources(), classes(), libraries);
            if (errors.isEmpty()) {
                List<Path> withMain = new ArrayList<>(libraries);
                withMain.add(classes());
                errors = compiler.compileAll(step.moduleDir().resolve("src/test/java"), testClasses(), withMain);
            }
            if (!errors.isEmpty()) {
                throw new IllegalStateException("The solution of " + step.module() + " or its tests do not compile:\n  "
                        + String.join("\n  ", errors));
            }
        }

        Verdict tryOne(Mistake mistake) {
            Map<Path, String> changed;
            try {
                changed = new MistakePatch(step).apply(mistake);
            } catch (IllegalArgumentException e) {
                return new Verdict(mistake, Outcome.BROKEN, e.getMessage());
            }
            Path mistakeDir = work.resolve("mistake");
            Folders.deleteTree(mistakeDir);
            List<Path> sources = new ArrayList<>();
            changed.forEach((file, text) -> {
                Path copy =
                        mistakeDir.resolve("src").resolve(step.solutionSources().relativize(file));
                Generator.write(copy, text);
                sources.add(copy);
            });
            List<Path> onTop = new ArrayList<>(libraries);
            onTop.add(classes());
            List<String> errors = compiler.compile(sources, mistakeDir.resolve("classes"), onTop);
            if (!errors.isEmpty()) {
                return new Verdict(mistake, Outcome.BROKEN, "does not compile: " + errors.getFirst());
            }
            List<Path> classpath = List.of(mistakeDir.resolve("classes"), testClasses(), classes());
            String testClass = step.exercise(mistake.exerciseId()).orElseThrow().test();
            return judge(mistake, runQuietly(classpath, testClass, mistake.exerciseId()));
        }

        /** Runs one test class with the tests' console output going to the log, until the exercise's first failure. */
        private List<TestResult> runQuietly(List<Path> classpath, String testClass, String exerciseId) {
            PrintStream console = System.out;
            PrintStream errors = System.err;
            try (URLClassLoader loader = InProcessTests.loaderOf(classpath, tests.libraries())) {
                System.setOut(log);
                System.setErr(log);
                return tests.run(loader, List.of(testClass), result -> result.red() && belongsTo(result, exerciseId));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                System.setOut(console);
                System.setErr(errors);
            }
        }
    }

    /** The verdict on a mistake from its exercise's results (those of other exercises in the class do not count). */
    static Verdict judge(Mistake mistake, List<TestResult> results) {
        List<TestResult> own =
                results.stream().filter(r -> belongsTo(r, mistake.exerciseId())).toList();
        Optional<TestResult> firstRed = own.stream().filter(TestResult::red).findFirst();
        if (firstRed.isPresent()) {
            String message = firstRed.get().ownMessage();
            String first = firstRed.get().displayName() + ": " + firstLine(message);
            return mistake.isNamedBy(message)
                    ? new Verdict(mistake, Outcome.CAUGHT, first)
                    : new Verdict(
                            mistake,
                            Outcome.UNNAMED,
                            "the first failure does not say \"" + mistake.says() + "\": " + first);
        }
        long ran = own.stream()
                .filter(r -> r.outcome() != TestResult.Outcome.SKIPPED)
                .count();
        if (ran == 0) {
            String why = own.stream().map(TestResult::message).findFirst().orElse("no test of the exercise ran");
            return new Verdict(mistake, Outcome.NOT_RUN, firstLine(why));
        }
        return new Verdict(
                mistake,
                Outcome.SURVIVED,
                "all " + ran + " test(s) of " + mistake.exerciseId() + " passed with it: " + mistake.misconception());
    }

    /** A class-level failure (no display name) counts for every exercise of the class. */
    private static boolean belongsTo(TestResult result, String exerciseId) {
        return result.displayName().isEmpty()
                || result.exerciseId().map(exerciseId::equals).orElse(false);
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("");
        return line.length() <= 160 ? line : line.substring(0, 159) + "…";
    }

    private static Path createParent(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return file;
    }
}
