package workshop.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./workshop watch <step>}: runs the step's tests again on every save and shows the result,
 * exercise by exercise, in about half a second for a Build exercise.
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

    private final Path root;
    private final Terminal terminal;
    private final PrintStream out;
    private final Map<String, List<TestResult>> latestByClass = new TreeMap<>();
    private final AtomicBoolean runAllRequested = new AtomicBoolean();

    WatchCommand(Path root, PrintStream out) {
        this(root, Terminal.plain(out));
    }

    WatchCommand(Path root, Terminal terminal) {
        this.root = root;
        this.terminal = terminal;
        this.out = terminal.out();
    }

    int run(List<String> arguments) {
        if (arguments.size() != 1) {
            throw new Main.UsageException("name one step, e.g. ./workshop watch 1");
        }
        Step step = Steps.named(root, arguments.getFirst());
        Layout layout = new Layout(root, step);
        List<Path> libraries = new TestClasspath(root, out).of(step);
        try (URLClassLoader libraryLoader = new URLClassLoader(urls(libraries), ClassLoader.getPlatformClassLoader());
             StepCompiler compiler = new StepCompiler(root)) {
            InProcessTests tests = new InProcessTests(libraryLoader);
            Session session = new Session(step, layout, libraries, compiler, tests);
            out.println("Watching " + step.module() + ": save a file and its exercise's tests run. Enter runs them all; Ctrl-C stops.");
            listenForEnter();
            SourceSnapshot seen = SourceSnapshot.of(layout.watched());
            session.runAll("start");
            while (true) {
                Thread.sleep(POLL_MILLIS);
                SourceSnapshot now = SourceSnapshot.of(layout.watched());
                List<Path> changed = now.changedSince(seen);
                if (!changed.isEmpty()) {
                    now = settle(layout, now);
                    changed = now.changedSince(seen);
                    seen = now;
                    session.onChange(changed);
                } else if (runAllRequested.getAndSet(false)) {
                    session.runAll("Enter");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
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

    private void listenForEnter() {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
                while (in.readLine() != null) {
                    runAllRequested.set(true);
                }
            } catch (IOException e) {
                // no console: Enter cannot be read, saving still works
            }
        }, "workshop-watch-enter");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The exercises whose tests a change to these learner files (relative to {@code src/main/java})
     * should run: the exercises of those files and, transitively, the ones that need them. Empty
     * when a changed file belongs to no exercise (given code): then every test should run.
     */
    static Set<String> affectedExercises(Step step, List<String> changedFiles) {
        Set<String> affected = new LinkedHashSet<>();
        for (String file : changedFiles) {
            List<String> owners = step.exercises().stream().filter(e -> e.file().equals(file)).map(Exercise::id).toList();
            if (owners.isEmpty()) {
                return Set.of();
            }
            affected.addAll(owners);
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Exercise exercise : step.exercises()) {
                if (!affected.contains(exercise.id()) && exercise.needs().stream().anyMatch(affected::contains)) {
                    grew = affected.add(exercise.id());
                }
            }
        }
        Set<String> inStepOrder = new LinkedHashSet<>();
        step.exercises().stream().map(Exercise::id).filter(affected::contains).forEach(inStepOrder::add);
        return inStepOrder;
    }

    /** Where the step's sources are, and where the watch compiles them to. */
    record Layout(Path mainSources, Path testSources, Path mainResources, Path testResources, Path mainClasses, Path testClasses,
                  Path results, Path log) {

        Layout(Path root, Step step) {
            this(step.skeletonSources(), step.moduleDir().resolve("src/test/java"), step.moduleDir().resolve("src/main/resources"),
                    step.moduleDir().resolve("src/test/resources"), root.resolve(".workshop/watch").resolve(step.module()).resolve("classes"),
                    root.resolve(".workshop/watch").resolve(step.module()).resolve("test-classes"), SurefireReports.watchReports(step),
                    root.resolve(".workshop/logs/watch-" + step.module() + ".log"));
        }

        List<Path> watched() {
            return List.of(mainSources, testSources, mainResources, testResources);
        }
    }

    /** The warm state between saves: what compiled last, and the tests' results so far. */
    private final class Session {
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

        void runAll(String why) {
            mainUpToDate = false;
            testsUpToDate = false;
            run(why, List.of(), Set.of(), System.nanoTime());
        }

        void onChange(List<Path> changed) {
            long detected = System.nanoTime();
            List<Path> mainFiles = changed.stream().filter(f -> f.startsWith(layout.mainSources())).toList();
            if (changed.stream().anyMatch(f -> !f.startsWith(layout.mainSources()))) {
                testsUpToDate = false; // a test or a resource changed
            }
            if (mainFiles.stream().anyMatch(f -> !Files.exists(f) || !f.toString().endsWith(".java"))) {
                mainUpToDate = false; // a deleted class must not linger in the compiled classes
            }
            Set<String> exercises = testsUpToDate ? affectedExercises(step, mainFiles.stream()
                    .map(f -> layout.mainSources().relativize(f).toString().replace('\\', '/')).toList()) : Set.of();
            String what = changed.stream().map(f -> f.getFileName().toString()).distinct().reduce((a, b) -> a + ", " + b).orElse("");
            run(what + " saved", mainFiles, exercises, detected);
        }

        /** Compiles what changed (or everything) and runs the tests of {@code exercises} (all when empty). */
        private void run(String why, List<Path> changedMain, Set<String> exercises, long started) {
            out.println();
            out.println("[" + LocalTime.now().format(CLOCK) + "] " + why + ": " + (exercises.isEmpty()
                    ? "running every test of " + step.module() : "running the tests of " + String.join(", ", exercises)) + "...");
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
                    : step.exercises().stream().filter(e -> exercises.contains(e.id())).map(Exercise::test).distinct().toList();
            List<TestResult> results = runQuietly(classes);
            if (results.stream().anyMatch(r -> LINKAGE_ERROR.matcher(r.message()).find()) && (mainUpToDate || testsUpToDate)) {
                // A signature changed and classes compiled earlier still use the old one: compile everything, run again.
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
            ExerciseProgress progress = ExerciseProgress.of(step, latestByClass.values().stream().flatMap(List::stream).toList());
            ExerciseReport.print(progress, exercises, terminal);
            out.println(terminal.bold(progress.solved() + " of " + step.exercises().size() + " exercises of " + step.module() + " solved")
                    + " " + done(started, compiled, tested, "result"));
            if (exercises.isEmpty() || exercises.stream().allMatch(id -> isSolved(progress, id))) {
                ExerciseReport.printNext(progress, terminal);
            }
        }

        /** The changed learner files alone when the rest is compiled already; otherwise the whole step. */
        private List<String> compile(List<Path> changedMain) {
            List<String> errors;
            if (mainUpToDate) {
                errors = compiler.compile(changedMain.stream().filter(Files::exists).toList(), layout.mainClasses(), libraries);
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
            return progress.standings().stream().anyMatch(s -> s.exercise().id().equals(id) && s.state() == ExerciseProgress.State.SOLVED);
        }

        private String done(long started, long compiled, long tested, String what) {
            return String.format("(%s in %d ms: compile %d, tests %d)", what, (tested - started) / 1_000_000,
                    (compiled - started) / 1_000_000, (tested - compiled) / 1_000_000);
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
            try (OutputStream logFile = Files.newOutputStream(layout.log(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                 PrintStream log = new PrintStream(logFile, true);
                 URLClassLoader loader = new URLClassLoader(urls(classpath), tests.libraries())) {
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
                List<TestResult> ofClass = results.stream().filter(r -> r.testClass().equals(testClass)).toList();
                latestByClass.put(testClass, ofClass);
                SurefireReports.write(layout.results(), testClass, ofClass);
            }
        }
    }

    private static URL[] urls(List<Path> paths) {
        return paths.stream().map(path -> {
            try {
                return path.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }).toArray(URL[]::new);
    }
}
