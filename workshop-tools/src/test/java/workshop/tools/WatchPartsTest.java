package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pieces ./workshop watch is made of: which tests a save runs, change detection, compiling, running JUnit in process. */
class WatchPartsTest {

    @TempDir
    Path folder;

    private static Exercise exercise(String id, String file, String... needs) {
        return new Exercise(id, "t", "Build", file, "a.T" + id.replace(".", ""), "g", List.of(), List.of(needs));
    }

    @Test
    @DisplayName(
            "a save runs the tests of the file's exercises and of every exercise that needs them; given code runs them all")
    void affectedExercises() {
        Step step = new Step(
                Path.of("."),
                "step01-x",
                "X",
                10,
                List.of(
                        exercise("1.1", "a/V.java"),
                        exercise("1.2", "a/B.java"),
                        exercise("1.3", "a/S.java", "1.2"),
                        exercise("1.4", "a/B.java"),
                        exercise("1.5", "a/U.java", "1.3")),
                Map.of());
        assertThat(WatchCommand.affectedExercises(step, List.of("a/V.java"))).containsExactly("1.1");
        assertThat(WatchCommand.affectedExercises(step, List.of("a/B.java")))
                .containsExactly("1.2", "1.3", "1.4", "1.5");
        assertThat(WatchCommand.affectedExercises(step, List.of("a/Given.java")))
                .isEmpty();
    }

    @Test
    @DisplayName("a snapshot sees a saved, a new and a deleted file")
    void snapshot() throws Exception {
        Path a = folder.resolve("src/A.java");
        Path b = folder.resolve("src/B.java");
        TestRepository.write(a, "class A {}");
        TestRepository.write(b, "class B {}");
        SourceSnapshot before = SourceSnapshot.of(List.of(folder.resolve("src"), folder.resolve("missing")));
        assertThat(SourceSnapshot.of(List.of(folder.resolve("src"))).changedSince(before))
                .isEmpty();

        TestRepository.write(a, "class A { int x; }");
        Files.setLastModifiedTime(a, FileTime.fromMillis(System.currentTimeMillis() + 2_000));
        Files.delete(b);
        Path c = folder.resolve("src/C.java");
        TestRepository.write(c, "class C {}");
        assertThat(SourceSnapshot.of(List.of(folder.resolve("src"))).changedSince(before))
                .containsExactlyInAnyOrder(a, b, c);
    }

    @Test
    @DisplayName(
            "the compiler compiles in process, one changed file at a time against the rest, and reports errors with file and line")
    void compiler() throws Exception {
        Path sources = folder.resolve("src");
        Path classes = folder.resolve("classes");
        TestRepository.write(
                sources.resolve("p/A.java"),
                "package p; public class A { public static int answer() { return B.value(); } }");
        TestRepository.write(
                sources.resolve("p/B.java"), "package p; public class B { public static int value() { return 41; } }");
        try (StepCompiler compiler = new StepCompiler(folder)) {
            assertThat(compiler.compileAll(sources, classes, List.of())).isEmpty();
            assertThat(answer(classes)).isEqualTo(41);

            TestRepository.write(
                    sources.resolve("p/B.java"),
                    "package p; public class B { public static int value() { return 42; } }");
            assertThat(compiler.compile(List.of(sources.resolve("p/B.java")), classes, List.of()))
                    .isEmpty();
            assertThat(answer(classes)).isEqualTo(42);

            TestRepository.write(
                    sources.resolve("p/B.java"),
                    "package p; public class B { public static int value() { return 42 } }");
            assertThat(compiler.compile(List.of(sources.resolve("p/B.java")), classes, List.of()))
                    .singleElement()
                    .asString()
                    .startsWith("src/p/B.java:1: ")
                    .contains("';' expected")
                    .contains("return 42 }");
        }
        assertThat(StepCompiler.classNames(sources)).containsExactly("p.A", "p.B");
    }

    private static int answer(Path classes) throws Exception {
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            return (int) loader.loadClass("p.A").getMethod("answer").invoke(null);
        }
    }

    /** Run by InProcessTests below, not by Surefire (which skips nested classes). */
    static class Sample {
        @org.junit.jupiter.api.Test
        @org.junit.jupiter.api.DisplayName("9.1 passes")
        void passes() {}

        @org.junit.jupiter.api.Test
        @org.junit.jupiter.api.DisplayName("9.1 fails with an assertion")
        void fails() {
            throw new AssertionError("Exercise 9.1: expected 3 but was 2");
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {"x"})
        @org.junit.jupiter.api.DisplayName("9.2 not solved")
        void notSolved(String value) {
            throw new UnsupportedOperationException("Exercise 9.2 is not solved yet");
        }
    }

    @Test
    @DisplayName(
            "JUnit runs in process through reflection, and each test comes back with its exercise id, outcome and message")
    void inProcessTests() {
        ClassLoader loader = getClass().getClassLoader();
        List<TestResult> results = new InProcessTests(loader).run(loader, List.of(Sample.class.getName()));
        assertThat(results)
                .extracting(TestResult::displayName, TestResult::outcome, TestResult::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("9.1 passes", TestResult.Outcome.PASSED, ""),
                        org.assertj.core.groups.Tuple.tuple(
                                "9.1 fails with an assertion",
                                TestResult.Outcome.FAILED,
                                "Exercise 9.1: expected 3 but was 2"),
                        org.assertj.core.groups.Tuple.tuple(
                                "9.2 not solved [1] \"x\"",
                                TestResult.Outcome.ERROR,
                                "Exercise 9.2 is not solved yet"));
        assertThat(results).allSatisfy(r -> assertThat(r.testClass()).isEqualTo(Sample.class.getName()));
    }

    @Test
    @DisplayName("the launcher jar is looked for beside the platform engine jar of the same version")
    void launcherPath() {
        Path engine = Path.of(
                "repo",
                "org",
                "junit",
                "platform",
                "junit-platform-engine",
                "6.1.3",
                "junit-platform-engine-6.1.3.jar");
        assertThat(TestClasspath.launcherPath(engine, "6.1.3"))
                .isEqualTo(Path.of(
                        "repo",
                        "org",
                        "junit",
                        "platform",
                        "junit-platform-launcher",
                        "6.1.3",
                        "junit-platform-launcher-6.1.3.jar"));
    }

    @Test
    @DisplayName("test shows the compiler's errors from Maven's log, relative to the repository, once each")
    void compilerErrors() {
        Path log = folder.resolve("log.txt");
        String file = folder.resolve("step01-x/src/main/java/a/B.java").toString();
        TestRepository.write(
                log,
                "[INFO] Compiling 3 source files\n[ERROR] " + file + ":[12,9] ';' expected\n[ERROR] " + file
                        + ":[12,9] ';' expected\n[ERROR] Failed to execute goal …\n");
        assertThat(TestCommand.compilerErrors(folder, log))
                .containsExactly("step01-x/src/main/java/a/B.java:12: ';' expected");
    }
}
