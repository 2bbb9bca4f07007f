package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.tools.TestResult.Outcome.FAILED;
import static workshop.tools.TestResult.Outcome.PASSED;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** status, hint, solution and reset on a tiny repository (TestRepository). */
class LearnerCommandsTest {

    @TempDir
    Path root;

    private Step step;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true);

    @BeforeEach
    void repository() {
        step = TestRepository.create(root);
    }

    private String output() {
        String text = bytes.toString();
        bytes.reset();
        return text;
    }

    @Test
    @DisplayName("status without any test run says so and points at the first exercise")
    void statusNotRun() {
        assertThat(new StatusCommand(root, out).run()).isZero();
        assertThat(output())
                .contains("step01-demo (Demo): not run yet (./workshop test 1)")
                .contains("Next: 1.1 Say hello")
                .contains("edit step01-demo/src/main/java/demo/Greeter.java")
                .contains("read step01-demo/README.md#11-say-hello");
    }

    @Test
    @DisplayName(
            "status reads the newest report of each test class, from Maven or from the watch, and names the next exercise")
    void statusFromReports() throws Exception {
        Path maven = SurefireReports.skeletonReports(step);
        SurefireReports.write(
                maven,
                "demo.GreetTest",
                List.of(new TestResult("demo.GreetTest", "1.1 greets", FAILED, "Exercise 1.1 is not solved yet")));
        SurefireReports.write(
                maven,
                "demo.LeaveTest",
                List.of(new TestResult("demo.LeaveTest", "1.2 leaves", FAILED, "Exercise 1.1 is not solved yet")));
        Files.setLastModifiedTime(
                maven.resolve("TEST-demo.GreetTest.xml"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.setLastModifiedTime(
                step.skeletonSources().resolve("demo/Greeter.java"),
                FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        SurefireReports.write(
                SurefireReports.watchReports(step),
                "demo.GreetTest",
                List.of(new TestResult("demo.GreetTest", "1.1 greets", PASSED, "")));

        new StatusCommand(root, out).run();
        String status = output();
        assertThat(status)
                .contains("1 of 2 solved")
                .containsPattern("1\\.1 +Say hello +solved +1/1 tests")
                .containsPattern("1\\.2 +Say goodbye +not yet +0/1 tests")
                .contains("Next: 1.2 Say goodbye")
                .doesNotContain("saved since");

        Files.setLastModifiedTime(
                step.skeletonSources().resolve("demo/Greeter.java"),
                FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        new StatusCommand(root, out).run();
        assertThat(output())
                .as("a green exercise whose file changed since is not solved any more: it may be broken now")
                .containsPattern("1\\.1 +Say hello +run again +1/1 tests")
                .contains(
                        "(Greeter.java saved since its tests ran: ./workshop test 1.1 to see whether it still passes)")
                .contains("(Greeter.java saved since its tests ran: ./workshop test 1.2 again)")
                .contains("0 of 2 solved")
                .contains("Next: 1.1 Say hello");
    }

    @Test
    @DisplayName("the report format survives a round trip: multi-line messages, quotes and ampersands included")
    void reportRoundTrip() {
        var results = List.of(
                new TestResult("a.T", "1.1 \"quoted\" & <angled>", FAILED, "line one\nline \"two\" & more"),
                new TestResult("a.T", "1.1 passes", PASSED, ""));
        SurefireReports.write(root.resolve("r"), "a.T", results);
        assertThat(SurefireReports.read(root.resolve("r"))).containsExactlyElementsOf(results);
    }

    @Test
    @DisplayName(
            "hint shows one hint per call, remembers it under .workshop, repeats all at the end, and --reset starts over")
    void hints() {
        HintCommand hint = new HintCommand(root, out);
        hint.run(List.of("1.1"));
        assertThat(output())
                .contains("Hint 1 of 2:")
                .contains("first hint")
                .doesNotContain("second hint")
                .contains("Run it again for Hint 2");
        hint.run(List.of("1.1"));
        assertThat(output())
                .contains("(Hint 1 was shown before.)")
                .contains("Hint 2 of 2:")
                .contains("second hint")
                .contains("That was the last hint. Next stop: ./workshop solution 1.1");
        hint.run(List.of("1.1"));
        assertThat(output())
                .contains("You have seen all 2 hints")
                .contains("first hint")
                .contains("second hint");
        assertThat(root.resolve(".workshop/hints.properties")).exists();
        hint.run(List.of("1.1", "--reset"));
        output();
        hint.run(List.of("1.1"));
        assertThat(output()).contains("Hint 1 of 2:");
        hint.run(List.of("1.2"));
        assertThat(output()).contains("Hint 1 of 1:").contains("only hint");
    }

    @Test
    @DisplayName(
            "solution shows the reference's lines of that exercise as a diff, and points at the file's other exercises")
    void solution() {
        new SolutionCommand(root, out).run(List.of("1.1"));
        String diff = output();
        assertThat(diff)
                .contains("--- step01-demo/src/main/java/demo/Greeter.java   (yours)")
                .contains("+++ solutions/step01-demo/src/main/java/demo/Greeter.java")
                .contains("exercise 1.1")
                .contains("-        throw new UnsupportedOperationException(\"Exercise 1.1 is not solved yet")
                .contains("+        return \"Hello, \" + name;")
                .doesNotContain("Bye, ")
                .doesNotContain("EXERCISE 1.1 BEGIN")
                .contains("for exercise(s) 1.2: ./workshop solution 1.2");

        TestRepository.write(
                step.skeletonSources().resolve("demo/Greeter.java"),
                TestRepository.read(step.skeletonSources().resolve("demo/Greeter.java"))
                        .replaceAll(
                                "(?s)// TODO Exercise 1.1.*?\\n(\\s*)throw[^\\n]*1\\.1[^\\n]*",
                                "return \"Hello, \" + name;"));
        new SolutionCommand(root, out).run(List.of("1.1"));
        assertThat(output()).contains("Your code for exercise 1.1 is the reference solution's, line for line.");
    }

    @Test
    @DisplayName(
            "reset backs up the learner's sources with a timestamp, writes the skeleton back and clears the step's results")
    void reset() {
        Path file = step.skeletonSources().resolve("demo/Greeter.java");
        String skeleton = TestRepository.read(file);
        TestRepository.write(file, "my work in progress");
        TestRepository.write(step.skeletonSources().resolve("demo/Extra.java"), "class Extra {}");
        SurefireReports.write(
                SurefireReports.skeletonReports(step),
                "demo.GreetTest",
                List.of(new TestResult("demo.GreetTest", "1.1 x", PASSED, "")));
        LocalDateTime now = LocalDateTime.of(2026, 11, 27, 9, 30, 5);

        assertThat(new ResetCommand(root, out, now).run(List.of("1"))).isZero();
        Path backup = root.resolve(".workshop/backups/step01-demo-20261127-093005");
        assertThat(TestRepository.read(backup.resolve("demo/Greeter.java"))).isEqualTo("my work in progress");
        assertThat(backup.resolve("demo/Extra.java")).exists();
        assertThat(TestRepository.read(file)).isEqualTo(skeleton);
        assertThat(step.skeletonSources().resolve("demo/Extra.java")).doesNotExist();
        assertThat(SurefireReports.skeletonReports(step)).doesNotExist();
        assertThat(output()).contains(".workshop/backups/step01-demo-20261127-093005/");

        new ResetCommand(root, out, now).run(List.of("1"));
        assertThat(root.resolve(".workshop/backups/step01-demo-20261127-093005-2"))
                .isDirectory();
    }
}
