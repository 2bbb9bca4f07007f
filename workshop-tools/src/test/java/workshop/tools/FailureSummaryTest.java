package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a learner reads under a red exercise: the lines that decide, an unsolved exercise as one clean line. */
class FailureSummaryTest {

    private static final String NOT_SOLVED = "Exercise 8.1 is not solved yet: Read a control line's arguments. "
            + "Read step08-broker-internals/README.md#81-read-a-control-lines-arguments";

    @Test
    @DisplayName(
            "AssertJ's long \"could not find\" message keeps the element it could not find, and says how much it left out")
    void keepsTheDecidingLines() {
        String message = """
                [Exercise 8.6: the session's frames (README.md#86-hold-a-conversation-with-a-client)]\s
                Expecting ArrayList:
                  ["CONNECT {}", "PING", "SUB a 9", "PUB a 5", "MSG a 9 5", "PONG"]
                to contain:
                  ["UNSUB 9 0"]
                but could not find the following element(s):
                  ["UNSUB 9 0"]
                """;
        List<String> lines = FailureSummary.lines(message, 70);
        assertThat(lines)
                .contains("but could not find the following element(s):", "  [\"UNSUB 9 0\"]")
                .first()
                .asString()
                .startsWith("[Exercise 8.6");
        assertThat(String.join("\n", lines)).doesNotContain("more lines");

        String longer =
                message.replace("Expecting ArrayList:", "Expecting ArrayList:\n  one\n  two\n  three\n  four\n  five");
        List<String> cut = FailureSummary.lines(longer, 70);
        assertThat(cut)
                .contains("  [\"UNSUB 9 0\"]", "to contain:")
                .anyMatch(line -> line.matches("\\.\\.\\. \\(\\d+ lines? left out\\)"));
        assertThat(cut.getLast()).isEqualTo("  [\"UNSUB 9 0\"]");
    }

    @Test
    @DisplayName(
            "an unsolved exercise inside an assertion's \"but was\" and its stack trace shows as the one clean line")
    void notSolvedInsideAnAssertion() {
        String message =
                "[Exercise 8.1: PUB orders.new (no size) must be a MALFORMED_ARGUMENTS violation (README.md#81-read)]\n"
                        + "Expecting actual throwable to be an instance of:\n  workshop.step08.protocol.ProtocolViolation\nbut was:\n"
                        + "  java.lang.UnsupportedOperationException: " + NOT_SOLVED
                        + "\n\tat workshop.step08.protocol.ControlLine.pub(ControlLine.java:30)\n"
                        + "\tat workshop.step08.protocol.ControlLineTest.lambda$0(ControlLineTest.java:99)\n\t...(70 remaining lines not displayed)";
        assertThat(FailureSummary.lines(message, 200)).containsExactly(NOT_SOLVED);
        assertThat(FailureSummary.lines(
                        "Condition with alias 'x' didn't complete within 2 seconds" + TestResult.UNSOLVED_CAUSE
                                + "java.lang.UnsupportedOperationException: " + NOT_SOLVED,
                        200))
                .containsExactly(NOT_SOLVED);
    }

    @Test
    @DisplayName(
            "long lines wrap at spaces within the width, links stay whole, an endless line is shortened in the middle, stack frames go")
    void wraps() {
        String words = "word ".repeat(40).strip();
        List<String> wrapped = FailureSummary.wrap(List.of(words), 70);
        assertThat(wrapped)
                .hasSizeGreaterThan(1)
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(70));
        assertThat(String.join(" ", wrapped).replaceAll("\\s+", " ")).isEqualTo(words);

        String link = "step01-core-pubsub/README.md#18-pull-messages-with-a-synchronous-subscription";
        assertThat(FailureSummary.wrap(List.of("Read " + link + " now"), 40))
                .as("a link is never broken")
                .containsExactly("Read", "  " + link, "  now");

        List<String> endless = FailureSummary.wrap(List.of("x".repeat(5000)), 70);
        assertThat(endless).hasSizeLessThanOrEqualTo(6).anyMatch(line -> line.contains("characters left out"));

        assertThat(FailureSummary.lines("boom\n\tat a.B.c(B.java:1)\n\tat a.B.d(B.java:2)\n\tat a.B.e(B.java:3)", 70))
                .containsExactly("boom", " at a.B.c(B.java:1)");
    }

    @Test
    @DisplayName(
            "the report under a red exercise uses the summary, every line within 80 columns but for a whole README link")
    void report() {
        Exercise exercise = new Exercise(
                "8.1", "Read a control line's arguments", "Build", "a/B.java", "a.BTest", "g", List.of(), List.of());
        Step step = new Step(Path.of("."), "step08-x", "X", 10, List.of(exercise), Map.of());
        String message = "[Exercise 8.1: " + "a very long description ".repeat(8)
                + "]\nbut was:\n  java.lang.UnsupportedOperationException: " + NOT_SOLVED;
        var progress = ExerciseProgress.of(
                step,
                List.of(new TestResult(
                        "a.BTest",
                        "8.1 rejects operations with the wrong number of arguments, and HPUB headers larger than the message",
                        TestResult.Outcome.FAILED,
                        message)));
        var bytes = new ByteArrayOutputStream();
        ExerciseReport.print(progress, Set.of(), new PrintStream(bytes, true));
        String report = bytes.toString();
        assertThat(report)
                .contains("Exercise 8.1 is not solved yet: Read a control line's arguments.")
                .doesNotContain("UnsupportedOperationException")
                .doesNotContain("a very long description");
        assertThat(report.lines())
                .as("within 80 columns, but for a README link, which is never broken")
                .filteredOn(line -> !line.matches("\\s*Read \\S+"))
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        assertThat(report)
                .contains("\n          Read step08-broker-internals/README.md#81-read-a-control-lines-arguments\n");
    }

    @TempDir
    Path folder;

    @Test
    @DisplayName(
            "Surefire's report of a timeout whose cause is an unsolved exercise gives that line; the honesty check still reads the test's own message")
    void unsolvedCauseInReport() throws Exception {
        TestRepository.write(folder.resolve("TEST-a.BTest.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="a.BTest" tests="1">
                  <testcase name="8.1 waits" classname="a.BTest">
                    <error message="Condition with alias 'x' didn't complete within 2 seconds" type="org.awaitility.core.ConditionTimeoutException">org.awaitility.core.ConditionTimeoutException: Condition with alias 'x' didn't complete within 2 seconds
                	at org.awaitility.core.ConditionAwaiter.await(ConditionAwaiter.java:167)
                Caused by: java.lang.UnsupportedOperationException: %s
                	at a.B.c(B.java:1)
                </error>
                  </testcase>
                </testsuite>
                """.formatted(NOT_SOLVED.replace("'", "&apos;")));
        TestResult result = SurefireReports.read(folder).getFirst();
        assertThat(FailureSummary.lines(result.message(), 200))
                .singleElement()
                .asString()
                .startsWith("Exercise 8.1 is not solved yet");
        assertThat(result.ownMessage()).isEqualTo("Condition with alias 'x' didn't complete within 2 seconds");
    }
}
