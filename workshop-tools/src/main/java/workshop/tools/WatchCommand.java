package workshop.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import workshop.tools.wire.WireFiles;

/**
 * {@code ./workshop watch [<step>|<exercise>]}, and bare {@code ./workshop}: runs the step's tests
 * again on every save and shows the result, exercise by exercise, in about half a second for a Build
 * exercise. Without an argument it starts on the next unsolved exercise ({@link NextExercise}), as
 * rustlings does; the exercise in focus moves on by itself when it is solved.
 *
 * <p>Keys arrive as lines of standard input (a terminal sends a line on Enter): {@code h} the next
 * hint, {@code n} the next exercise (past the step's last, the next step), {@code l} the list,
 * {@code r} (or Enter alone) every test of the step, {@code w} the exercise's tests with their NATS
 * frames ({@link WireReport}), {@code s} the solution's difference after asking, {@code q} quit.
 * The tools' tests feed their own input.
 *
 * <p>How it is fast: Maven is asked once for the tests' libraries ({@link TestClasspath}, cached);
 * after that this JVM stays warm. On a save it compiles just the saved files with the JDK's compiler
 * in process ({@link StepCompiler}) into {@code .workshop/watch/<step>/}, next to the classes compiled
 * before (the whole step is compiled at the start, after a compile error, a deleted file or a test
 * change, and whenever a test meets a class compiled against an older signature). It loads the
 * classes in a new class loader on top of a long-lived one for the libraries, and runs only the test
 * classes of the exercises the saved file belongs to (and of those that build on them) through the
 * JUnit Platform Launcher ({@link InProcessTests}). The results also go to
 * {@code .workshop/results/<step>}, where {@code status} reads them. Maven's {@code target/} is never touched.
 */
final class WatchCommand {

    private static final long POLL_MILLIS = 100;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final java.util.regex.Pattern LINKAGE_ERROR = java.util.regex.Pattern.compile(
            "^java\\.lang\\.(NoSuchMethodError|NoSuchFieldError|NoClassDefFoundError|IncompatibleClassChangeError|AbstractMethodError)");
    static final String KEYS = "Keys, then Enter: h hint  n next  l list  r run all  w wire  s solution  q quit";
    /** What the input thread puts in the queue when standard input ends. */
    private static final String END_OF_INPUT = "\u0000end";

    private final Path root;
    private final Terminal terminal;
    private final PrintStream out;
    private final InputStream input;
    private final Function<Step, List<Path>> classpath;
    private final BlockingQueue<String> keys = new LinkedBlockingQueue<>();
    private final Map<String, List<TestResult>> latestByClass = new TreeMap<>();
    private boolean inputEnded;

    WatchCommand(Path root, PrintStream out) {
        this(root, Terminal.plain(out), System.in);
    }

    WatchCommand(Path root, Terminal terminal, InputStream input) {
        this(root, terminal, input, null);
    }

    /**
     * @param input     where the keys come from, a line each (standard input; a test feeds its own)
     * @param classpath the step's test libraries; null asks Maven ({@link TestClasspath})
     */
    WatchCommand(Path root, Terminal terminal, InputStream input, Function<Step, List<Path>> classpath) {
        this.root = root;
        this.terminal = terminal;
        this.out = terminal.out();
        this.input = input;
        this.classpath = classpath != null ? classpath : step -> new TestClasspath(root, out).of(step);
    }

    /** What ends watching one step: quit, or go on to another step. */
    private sealed interface Ending permits Quit, GoOn {}

    private record Quit() implements Ending {}

    private record GoOn(Step step) implements Ending {}

    /** {@code watch}, {@code watch <step>} or {@code watch <exercise>}: bare {@code ./workshop} is the first. */
    int run(List<String> arguments) {
        if (arguments.size() > 1) {
            throw new Main.UsageException("name one step or exercise, or none for the next unsolved exercise");
        }
        Step step;
        Exercise focus;
        if (arguments.isEmpty()) {
            Optional<Steps.Located> next = NextExercise.find(root);
            if (next.isEmpty()) {
                out.println("Every exercise from the step you ran last on is solved. Well done.");
                out.println("To watch a step anyway: ./workshop watch <step>, e.g. ./workshop watch 1");
                return 0;
            }
            step = next.get().step();
            focus = next.get().exercise();
        } else if (Steps.isExerciseId(arguments.getFirst())) {
            Steps.Located located = Steps.exercise(root, arguments.getFirst());
            step = located.step();
            focus = located.exercise();
        } else {
            step = Step.named(root, arguments.getFirst());
            focus = null;
        }
        listenForKeys();
        try {
            while (true) {
                Ending ending = watch(step, focus);
                if (!(ending instanceof GoOn goOn)) {
                    return 0;
                }
                step = goOn.step();
                focus = null;
                latestByClass.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Watches one step until a key quits or moves on to another step. */
    private Ending watch(Step step, Exercise startAt) throws InterruptedException, IOException {
        Layout layout = new Layout(root, step);
        List<Path> libraries = classpath.apply(step);
        Files.createDirectories(layout.log().getParent());
        try (URLClassLoader libraryLoader = InProcessTests.loaderOf(libraries, ClassLoader.getPlatformClassLoader());
                StepCompiler compiler = new StepCompiler(root)) {
            InProcessTests tests = new InProcessTests(libraryLoader);
            Session session = new Session(step, layout, libraries, compiler, tests);
            out.println(terminal.bold("Watching " + step.module()) + ": save a file and its exercise's tests run.");
            out.println(terminal.dim(KEYS));
            SourceSnapshot seen = SourceSnapshot.of(layout.watched());
            session.focus = startAt != null
                    ? startAt
                    : NextExercise.progressOf(step)
                            .next()
                            .map(ExerciseProgress.Standing::exercise)
                            .orElse(null);
            session.runAll("start");
            while (true) {
                String key = keys.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (key != null) {
                    Optional<Ending> ending = session.onKey(key.strip());
                    if (ending.isPresent()) {
                        return ending.get();
                    }
                    continue;
                }
                SourceSnapshot now = SourceSnapshot.of(layout.watched());
                List<Path> changed = now.changedSince(seen);
                if (!changed.isEmpty()) {
                    now = settle(layout, now);
                    changed = now.changedSince(seen);
                    seen = now;
                    session.onChange(changed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until two polls 30 ms apart agree, so a save in several writes is read whole (at most 1 s). */
    private static SourceSnapshot settle(Layout layout, SourceSnapshot first) throws InterruptedException {
        SourceSnapshot previous = first;
        for (int i = 0; i < 33; i++) {
            Thread.sleep(30);
            SourceSnapshot next = SourceSnapshot.of(layout.watched());
            if (next.equals(previous)) {
                return next;
            }
            previous = next;
        }
        return previous;
    }

    /** Reads the keys, a line each, into the queue the watch polls between saves. */
    private void listenForKeys() {
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(new InputStreamReader(input))) {
                        for (String line = in.readLine(); line != null; line = in.readLine()) {
                            keys.add(line);
                        }
                    } catch (IOException e) {
                        // no console: keys cannot be read, saving still works
                    }
                    keys.add(END_OF_INPUT);
                },
                "workshop-watch-keys");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line of input, for a question; empty when the input has ended. */
    private String answer() throws InterruptedException {
        if (inputEnded) {
            return "";
        }
        String line = keys.take();
        if (line.equals(END_OF_INPUT)) {
            inputEnded = true;
            return "";
        }
        return line.strip();
    }

    /**
     * The exercises whose tests a change to these learner files (relative to {@code src/main/java})
     * should run: the exercises of those files and, transitively, the ones that need them. Empty
     * when a changed file belongs to no exercise (given code): then every test should run.
     */
    static Set<String> affectedExercises(Step step, List<String> changedFiles) {
        Set<String> owners = new LinkedHashSet<>();
        for (String file : changedFiles) {
            List<String> ofFile = step.exercises().stream()
                    .filter(e -> e.file().equals(file))
                    .map(Exercise::id)
                    .toList();
            if (ofFile.isEmpty()) {
                return Set.of();
            }
            owners.addAll(ofFile);
        }
        return Needs.dependentsOf(step, owners);
    }

    /** Where the step's sources are, and where the watch compiles them to. */
    record Layout(
            Path mainSources,
            Path testSources,
            Path mainResources,
            Path testResources,
            Path mainClasses,
            Path testClasses,
            Path results,
            Path log) {

        Layout(Path root, Step step) {
            this(
                    step.skeletonSources(),
                    step.moduleDir().resolve("src/test/java"),
                    step.moduleDir().resolve("src/main/resources"),
                    step.moduleDir().resolve("src/test/resources"),
                    root.resolve(".workshop/watch").resolve(step.module()).resolve("classes"),
                    root.resolve(".workshop/watch").resolve(step.module()).resolve("test-classes"),
                    SurefireReports.watchReports(step),
                    root.resolve(".workshop/logs/watch-" + step.module() + ".log"));
        }

        List<Path> watched() {
            return List.of(mainSources, testSources, mainResources, testResources);
        }
    }

    /** The warm state between saves: what compiled last, the tests' results so far, and the exercise in focus. */
    private final class Session {
        /** The exercise the learner works on: its hints, its solution; null when every one is solved. */
        Exercise focus;

        private final Step step;
        private final Layout layout;
        private final List<Path> libraries;
        private final StepCompiler compiler;
        private final InProcessTests tests;
        /** Whether the classes in the watch's folders match the sources, so that one changed file can be compiled alone. */
        private boolean mainUpToDate;

        private boolean testsUpToDate;

        Session(Step step, Layout layout, List<Path> libraries, StepCompiler compiler, InProcessTests tests) {
            this.step = step;
            this.layout = layout;
            this.libraries = libraries;
            this.compiler = compiler;
            this.tests = tests;
        }

        /** Does what a key asks; returns how watching this step ends, if it does. */
        Optional<Ending> onKey(String key) throws InterruptedException {
            switch (key.toLowerCase(java.util.Locale.ROOT)) {
                case "" -> runAll("Enter");
                case "r" -> runAll("r");
                case "h" -> {
                    if (focus == null) {
                        out.println("Every exercise of " + step.module()
                                + " is solved: no hint needed. n goes on to the next step.");
                    } else {
                        out.println();
                        new HintCommand(root, out, true).run(List.of(focus.id()));
                    }
                }
                case "n" -> {
                    return next();
                }
                case "l" -> list();
                case "w" -> wire();
                case "s" -> solution();
                case "q" -> {
                    out.println("Bye. ./workshop starts again where you are.");
                    return Optional.of(new Quit());
                }
                case END_OF_INPUT -> inputEnded = true; // no more keys (input closed): saves still run the tests
                default -> out.println("Unknown key '" + key + "'. " + KEYS);
            }
            return Optional.empty();
        }

        /** {@code n}: the next exercise of the step after the one in focus; past the last, the next step. */
        private Optional<Ending> next() {
            List<Exercise> exercises = step.exercises();
            int from = focus == null ? exercises.size() : exercises.indexOf(focus) + 1;
            ExerciseProgress progress = progress();
            for (int i = from; i < exercises.size(); i++) {
                Exercise candidate = exercises.get(i);
                if (!isSolved(progress, candidate.id())) {
                    focus = candidate;
                    printFocus();
                    return Optional.empty();
                }
            }
            Optional<Step> after = NextExercise.stepAfter(root, step);
            if (after.isEmpty()) {
                out.println("No exercise after " + (focus == null ? "these" : focus.id())
                        + ": this is the last step. l lists what is left.");
                return Optional.empty();
            }
            out.println("On to " + after.get().module() + ".");
            return Optional.of(new GoOn(after.get()));
        }

        /**
         * {@code w}: runs the tests of the exercise in focus with every connection going through a wire
         * spy (the test kit honours {@link WireFiles#PROPERTY}), then shows each test's frames.
         */
        private void wire() {
            Exercise exercise = focus != null ? focus : step.exercises().getLast();
            List<String> classes = step.exercises().stream()
                    .filter(e -> e.id().equals(exercise.id()))
                    .map(Exercise::test)
                    .distinct()
                    .toList();
            Path folder = WireReport.folder(step);
            WireReport.clear(folder, classes);
            String before = System.getProperty(WireFiles.PROPERTY);
            System.setProperty(WireFiles.PROPERTY, folder.toString());
            try {
                run("w", List.of(), Set.of(exercise.id()), System.nanoTime());
            } finally {
                if (before == null) {
                    System.clearProperty(WireFiles.PROPERTY);
                } else {
                    System.setProperty(WireFiles.PROPERTY, before);
                }
            }
            WireReport.printTests(root, folder, classes, 40, terminal);
        }

        /** {@code l}: the step's exercises, the one in focus marked. */
        private void list() {
            out.println();
            out.println(terminal.bold(step.module()) + " (" + step.title() + "):");
            for (ExerciseProgress.Standing standing : progress().standings()) {
                String line = ExerciseReport.line(standing, terminal);
                out.println(standing.exercise().equals(focus) ? ">" + line.substring(1) : line);
            }
            out.println(terminal.dim(KEYS));
        }

        /** {@code s}: the reference solution's difference for the exercise in focus, after asking. */
        private void solution() throws InterruptedException {
            Exercise exercise = focus != null ? focus : step.exercises().getLast();
            out.print("Show the reference solution's difference for " + exercise.id()
                    + "? It gives the answer away. [y/N] ");
            out.flush();
            String answer = answer();
            out.println();
            if (answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes")) {
                new SolutionCommand(root, out).run(List.of(exercise.id()));
            } else {
                out.println("Not shown. h gives the next hint instead.");
            }
        }

        private void printFocus() {
            if (focus == null) {
                return;
            }
            out.println(terminal.cyan("Now: " + focus.heading()) + " (" + focus.track() + " track)");
            out.println(Steps.editOrWrite(step, focus));
            out.println("  read " + focus.readmeLink(step.module()));
        }

        private ExerciseProgress progress() {
            return ExerciseProgress.of(
                    step, latestByClass.values().stream().flatMap(List::stream).toList());
        }

        /** After a run: a solved exercise in focus gives way to the next unsolved one (after it, else from the start). */
        private Exercise focusAfter(ExerciseProgress progress) {
            if (focus != null && !isSolved(progress, focus.id())) {
                return focus;
            }
            List<Exercise> exercises = step.exercises();
            int from = focus == null ? 0 : exercises.indexOf(focus) + 1;
            Exercise next = null;
            for (int i = 0; i < exercises.size() && next == null; i++) {
                Exercise candidate = exercises.get((from + i) % exercises.size());
                ExerciseProgress.State state = progress.standings().stream()
                        .filter(st -> st.exercise().equals(candidate))
                        .map(ExerciseProgress.Standing::state)
                        .findFirst()
                        .orElse(ExerciseProgress.State.NOT_RUN);
                if (state != ExerciseProgress.State.SOLVED && state != ExerciseProgress.State.NEEDS_NEWER_SERVER) {
                    next = candidate;
                }
            }
            return next;
        }

        /** Moves the focus to {@code next}, saying so when the exercise in focus was solved. */
        private void moveFocus(Exercise next) {
            Exercise solved = focus;
            if (solved != null && solved != next) {
                out.println(terminal.green("Exercise " + solved.id() + " is solved."));
            }
            focus = next;
            if (focus == null && solved != null) {
                out.println(terminal.green("Every exercise of " + step.module() + " is solved.")
                        + NextExercise.stepAfter(root, step)
                                .map(after -> " n goes on to " + after.module() + ".")
                                .orElse(""));
            }
        }

        void runAll(String why) {
            mainUpToDate = false;
            testsUpToDate = false;
            run(why, List.of(), Set.of(), System.nanoTime());
        }

        void onChange(List<Path> changed) {
            long detected = System.nanoTime();
            List<Path> mainFiles = changed.stream()
                    .filter(f -> f.startsWith(layout.mainSources()))
                    .toList();
            if (changed.stream().anyMatch(f -> !f.startsWith(layout.mainSources()))) {
                testsUpToDate = false; // a test or a resource changed
            }
            if (mainFiles.stream()
                    .anyMatch(f -> !Files.exists(f) || !f.toString().endsWith(".java"))) {
                mainUpToDate = false; // a deleted class must not linger in the compiled classes
            }
            Set<String> exercises = testsUpToDate
                    ? affectedExercises(
                            step,
                            mainFiles.stream()
                                    .map(f -> layout.mainSources()
                                            .relativize(f)
                                            .toString()
                                            .replace('\\', '/'))
                                    .toList())
                    : Set.of();
            String what = changed.stream()
                    .map(f -> f.getFileName().toString())
                    .distinct()
                    .reduce((a, b) -> a + ", " + b)
                    .orElse("");
            run(what + " saved", mainFiles, exercises, detected);
        }

        /** Compiles what changed (or everything) and runs the tests of {@code exercises} (all when empty). */
        private void run(String why, List<Path> changedMain, Set<String> exercises, long started) {
            out.println();
            out.println("[" + LocalTime.now().format(CLOCK) + "] " + why + ": "
                    + (exercises.isEmpty()
                            ? "running every test of " + step.module()
                            : "running the tests of " + String.join(", ", exercises))
                    + "...");
            List<String> errors = compile(changedMain);
            long compiled = System.nanoTime();
            if (!errors.isEmpty()) {
                out.println(terminal.red("Does not compile:"));
                errors.forEach(error -> out.println("  " + error));
                out.println(done(started, compiled, compiled, "waiting for the next save"));
                return;
            }
            List<String> classes = exercises.isEmpty()
                    ? StepCompiler.classNames(layout.testSources())
                    : step.exercises().stream()
                            .filter(e -> exercises.contains(e.id()))
                            .map(Exercise::test)
                            .distinct()
                            .toList();
            List<TestResult> results = runQuietly(classes);
            if (results.stream()
                            .anyMatch(r -> LINKAGE_ERROR.matcher(r.message()).find())
                    && (mainUpToDate || testsUpToDate)) {
                // A signature changed and classes compiled earlier still use the old one: compile everything, run
                // again.
                mainUpToDate = false;
                testsUpToDate = false;
                errors = compile(List.of());
                if (!errors.isEmpty()) {
                    out.println("Does not compile:");
                    errors.forEach(error -> out.println("  " + error));
                    return;
                }
                results = runQuietly(classes);
            }
            long tested = System.nanoTime();
            record(classes, results);
            ExerciseProgress progress = ExerciseProgress.of(
                    step, latestByClass.values().stream().flatMap(List::stream).toList());
            Exercise before = focus;
            Exercise next = focusAfter(progress);
            // a run of the whole step shows the failure of the exercise in focus only; a save's run shows those it ran
            ExerciseReport.print(
                    progress, exercises, terminal, exercise -> !exercises.isEmpty() || exercise.equals(next));
            out.println(terminal.bold(progress.solved() + " of "
                            + step.exercises().size() + " exercises of " + step.module() + " solved")
                    + " " + done(started, compiled, tested, "result"));
            moveFocus(next);
            if (focus != null && (focus != before || why.equals("start"))) {
                printFocus();
            }
        }

        /** The changed learner files alone when the rest is compiled already; otherwise the whole step. */
        private List<String> compile(List<Path> changedMain) {
            List<String> errors;
            if (mainUpToDate) {
                errors = compiler.compile(
                        changedMain.stream().filter(Files::exists).toList(), layout.mainClasses(), libraries);
            } else {
                errors = compiler.compileAll(layout.mainSources(), layout.mainClasses(), libraries);
            }
            mainUpToDate = errors.isEmpty();
            if (!errors.isEmpty() || testsUpToDate) {
                return errors;
            }
            List<Path> withMain = new ArrayList<>(libraries);
            withMain.add(layout.mainClasses());
            errors = compiler.compileAll(layout.testSources(), layout.testClasses(), withMain);
            testsUpToDate = errors.isEmpty();
            return errors;
        }

        private boolean isSolved(ExerciseProgress progress, String id) {
            return progress.standings().stream()
                    .anyMatch(s -> s.exercise().id().equals(id) && s.state() == ExerciseProgress.State.SOLVED);
        }

        private String done(long started, long compiled, long tested, String what) {
            return String.format(
                    "(%s in %d ms: compile %d, tests %d)",
                    what,
                    (tested - started) / 1_000_000,
                    (compiled - started) / 1_000_000,
                    (tested - compiled) / 1_000_000);
        }

        /** Runs the classes with the tests' own console output going to the log, not between the results. */
        private List<TestResult> runQuietly(List<String> classes) {
            List<Path> classpath = new ArrayList<>(List.of(layout.testClasses(), layout.mainClasses()));
            for (Path resources : List.of(layout.testResources(), layout.mainResources())) {
                if (Files.isDirectory(resources)) {
                    classpath.add(resources);
                }
            }
            PrintStream console = System.out;
            PrintStream errors = System.err;
            try (OutputStream logFile =
                            Files.newOutputStream(layout.log(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    PrintStream log = new PrintStream(logFile, true);
                    URLClassLoader loader = InProcessTests.loaderOf(classpath, tests.libraries())) {
                System.setOut(log);
                System.setErr(log);
                return tests.run(loader, classes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                System.setOut(console);
                System.setErr(errors);
            }
        }

        private void record(List<String> classes, List<TestResult> results) {
            for (String testClass : classes) {
                List<TestResult> ofClass = results.stream()
                        .filter(r -> r.testClass().equals(testClass))
                        .toList();
                latestByClass.put(testClass, ofClass);
                SurefireReports.write(layout.results(), testClass, ofClass);
            }
        }
    }
}
