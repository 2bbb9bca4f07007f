package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ./workshop as a command line: help in every spelling, version, errors on standard error, exit codes, output that fits. */
class CommandLineTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final Terminal terminal = Terminal.plain(
            new PrintStream(outBytes, true, StandardCharsets.UTF_8),
            new PrintStream(errBytes, true, StandardCharsets.UTF_8));

    @BeforeEach
    void repository() {
        TestRepository.create(root);
    }

    private int run(String... args) {
        outBytes.reset();
        errBytes.reset();
        return Main.run(root, args, terminal);
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help", "-h", "--help"})
    @DisplayName("help, -h and --help list every command and the exit codes, on standard output, exit code 0")
    void help(String spelling) {
        assertThat(run(spelling)).isZero();
        assertThat(out())
                .contains("For learners:")
                .contains("doctor")
                .contains("status")
                .contains("test <step>|<exercise>")
                .contains("watch")
                .contains("hint")
                .contains("solution")
                .contains("reset")
                .contains("version")
                .contains("For authors:")
                .contains("honesty")
                .contains("Exit codes:")
                .contains("2  wrong use");
        assertThat(err()).isEmpty();
    }

    @Test
    @DisplayName("help <command> and <command> --help explain one command, with its usage and the exit codes")
    void commandHelp() {
        assertThat(run("help", "test")).isZero();
        String viaHelp = out();
        assertThat(viaHelp)
                .startsWith("Usage: ./workshop test <step>|<exercise>")
                .contains("exercise by exercise")
                .contains("Exit codes:");
        assertThat(run("test", "--help")).isZero();
        assertThat(out()).isEqualTo(viaHelp);
        assertThat(run("watch", "-h")).isZero();
        assertThat(out()).contains("h  the next hint").contains("q  quit");
    }

    @Test
    @DisplayName("every help text fits 80 columns and is plain ASCII, so any terminal and Windows console shows it")
    void helpFits() {
        run("help");
        StringBuilder all = new StringBuilder(out());
        for (Main.Command command : Main.COMMANDS) {
            run("help", command.name());
            all.append(out());
        }
        assertThat(all.toString().lines()).allSatisfy(line -> {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
            assertThat(line.chars()).as(line).allMatch(c -> c >= 0x20 && c < 0x7f);
        });
    }

    @Test
    @DisplayName("an unknown command is an error on standard error with a suggestion, exit code 2")
    void unknownCommand() {
        assertThat(run("tset")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err())
                .contains("error: unknown command 'tset'. Did you mean 'test'?")
                .contains("./workshop help");
        assertThat(run("help", "nope")).isEqualTo(2);
        assertThat(err()).contains("no command 'nope'");
    }

    @Test
    @DisplayName("a command called wrongly says why and how to call it, on standard error, exit code 2")
    void usageErrors() {
        assertThat(run("test")).isEqualTo(2);
        assertThat(err())
                .contains("error: name a step or an exercise")
                .contains("Usage: ./workshop test <step>|<exercise>");
        assertThat(run("hint")).isEqualTo(2);
        assertThat(err()).contains("Usage: ./workshop hint <exercise> [--reset]");
        assertThat(run("hint", "9.9")).isEqualTo(2);
        assertThat(err()).contains("error: No step 9");
        assertThat(out()).isEmpty();
    }

    @Test
    @DisplayName("spy says what is wrong with its arguments, on standard error, exit code 2")
    void spyArguments() {
        assertThat(run("spy", "--port")).isEqualTo(2);
        assertThat(err()).contains("--port needs a value").contains("Usage: ./workshop spy [--port P] [--to URL]");
        assertThat(run("spy", "--port", "eighty")).isEqualTo(2);
        assertThat(err()).contains("--port takes a port number");
        assertThat(run("spy", "--verbose")).isEqualTo(2);
        assertThat(err()).contains("unknown argument '--verbose'");
    }

    @Test
    @DisplayName("version names the workshop's version, its commit when it is a git checkout, and the Java it runs on")
    void version() {
        TestRepository.write(
                root.resolve("pom.xml"),
                "<project><artifactId>nats-workshop</artifactId>\n  <version>1.2.3</version>"
                        + "<modules><module>step01-demo</module></modules></project>");
        TestRepository.write(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        TestRepository.write(
                root.resolve(".git/packed-refs"),
                "# pack-refs\n0123456789abcdef0123456789abcdef01234567 refs/heads/main\n");
        assertThat(run("version")).isZero();
        assertThat(out()).contains("nats-workshop 1.2.3, commit 0123456789ab").contains("Java " + Runtime.version());
        assertThat(run("--version")).isZero();
        TestRepository.write(root.resolve(".git/refs/heads/main"), "fedcba9876543210fedcba9876543210fedcba98\n");
        run("version");
        assertThat(out()).contains("commit fedcba987654");
    }

    @Test
    @DisplayName(
            "colour only where it is wanted: never with NO_COLOR or TERM=dumb, on Windows only in terminals that show it")
    void colour() {
        assertThat(Terminal.colourWanted(Map.of("TERM", "xterm-256color"), false))
                .isTrue();
        assertThat(Terminal.colourWanted(Map.of(), false)).isTrue();
        assertThat(Terminal.colourWanted(Map.of("NO_COLOR", ""), false)).isFalse();
        assertThat(Terminal.colourWanted(Map.of("TERM", "dumb"), false)).isFalse();
        assertThat(Terminal.colourWanted(Map.of(), true))
                .as("the old Windows console")
                .isFalse();
        assertThat(Terminal.colourWanted(Map.of("WT_SESSION", "x"), true))
                .as("Windows Terminal")
                .isTrue();

        Terminal plain = Terminal.plain(System.out);
        assertThat(plain.green("solved")).isEqualTo("solved");
        Terminal coloured = new Terminal(System.out, System.err, true, true);
        assertThat(coloured.green("solved")).isEqualTo("\u001b[32msolved\u001b[0m");
    }

    @Test
    @DisplayName(
            "the progress line follows Maven: the module it compiles, then a bar of the test classes done and the one running")
    void mavenProgress() {
        var bytes = new ByteArrayOutputStream();
        Terminal live = new Terminal(new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err, false, true);
        MavenProgress progress = new MavenProgress(live, "step01-core-pubsub", 4, System.nanoTime());
        progress.accept("[INFO] --- compiler:3.16.0:compile (default-compile) @ step01-core-pubsub ---");
        assertThat(progress.line()).endsWith("compiling step01-core-pubsub");
        progress.accept("[INFO] --- surefire:3.6.1:test (default-test) @ workshop-tools ---");
        assertThat(progress.line()).as("another module's (skipped) tests").endsWith("building workshop-tools");
        progress.accept("[INFO] --- surefire:3.6.1:test (default-test) @ step01-core-pubsub ---");
        progress.accept("[INFO] Running workshop.step01.build.SubjectMatchingTest");
        assertThat(progress.line()).contains("[....................] 0/4 test classes  SubjectMatchingTest");
        progress.accept(
                "[INFO] Tests run: 9, Failures: 9, Errors: 0, Skipped: 0, Time elapsed: 0.1 s -- in workshop.step01.build.SubjectMatchingTest");
        progress.accept("[INFO] Running workshop.step01.use.PublishTest");
        assertThat(progress.line()).contains("[#####...............] 1/4 test classes  PublishTest");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\r").doesNotContain("\n");

        var piped = new ByteArrayOutputStream();
        new MavenProgress(Terminal.plain(new PrintStream(piped, true)), "step01-core-pubsub", 4, System.nanoTime())
                .accept("[INFO] Running workshop.step01.use.PublishTest");
        assertThat(piped.toString()).as("nothing when not on a terminal").isEmpty();
    }

    @Test
    @DisplayName("an exercise's line fits 80 columns in plain ASCII, even with a long title and a version label")
    void reportLineFits() {
        Exercise exercise = new Exercise(
                "5.12",
                "A title that is much longer than any column of a terminal could hold",
                "Use",
                "a/B.java",
                "a.BTest",
                "g",
                List.of(),
                List.of());
        Step step = new Step(root, "step05-x", "X", 10, List.of(exercise), Map.of());
        var needsServer = ExerciseProgress.of(
                        step,
                        List.of(new TestResult(
                                "a.BTest",
                                "5.12 x",
                                TestResult.Outcome.SKIPPED,
                                TestResult.NEEDS_SERVER + "2.10.23+ (exercise 5.12); this run has 2.9.10")))
                .standings()
                .getFirst();
        var red = ExerciseProgress.of(
                        step, List.of(new TestResult("a.BTest", "5.12 x", TestResult.Outcome.FAILED, "m")))
                .standings()
                .getFirst();
        for (var standing : List.of(needsServer, red)) {
            String line = ExerciseReport.line(standing);
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
            assertThat(line).contains("...").matches("\\p{ASCII}*");
        }
    }
}
