package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.tools.TestResult.Outcome.FAILED;
import static workshop.tools.TestResult.Outcome.PASSED;
import static workshop.tools.TestResult.Outcome.SKIPPED;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCommandTest {

    @Test
    @DisplayName("summary counts the solutions run's tests and groups the skips by their reason")
    void summarises(@TempDir Path root) {
        Step step = TestRepository.create(root);
        SurefireReports.write(
                SurefireReports.solutionReports(step),
                "demo.GreetTest",
                List.of(
                        new TestResult("demo.GreetTest", "1.1 greets", PASSED, ""),
                        new TestResult("demo.GreetTest", "1.1 restarts", SKIPPED, "restarting needs a local binary"),
                        new TestResult(
                                "demo.GreetTest", "1.1 restarts again", SKIPPED, "restarting needs a local binary")));
        var bytes = new ByteArrayOutputStream();

        int exit = new SummaryCommand(root, new PrintStream(bytes, true)).run(List.of("nats-server", "2.9.10"));

        assertThat(exit).isZero();
        assertThat(bytes.toString())
                .contains("nats-server 2.9.10: 3 tests, 1 passed, 0 failed, 2 skipped")
                .contains("skipped 2: step01-demo: restarting needs a local binary");
    }

    @Test
    @DisplayName("summary fails when a test failed or none ran")
    void failsOnRed(@TempDir Path root) {
        Step step = TestRepository.create(root);
        var out = new PrintStream(new ByteArrayOutputStream(), true);
        assertThat(new SummaryCommand(root, out).run(List.of()))
                .as("no report at all")
                .isEqualTo(1);

        SurefireReports.write(
                SurefireReports.solutionReports(step),
                "demo.GreetTest",
                List.of(new TestResult("demo.GreetTest", "1.1 greets", FAILED, "expected Hello")));
        assertThat(new SummaryCommand(root, out).run(List.of())).isEqualTo(1);
    }

    @Test
    @DisplayName("an assumption's skip, which Surefire writes without a message attribute, shows its reason")
    void assumptionReason(@TempDir Path root) throws Exception {
        Step step = TestRepository.create(root);
        TestRepository.write(SurefireReports.solutionReports(step).resolve("TEST-demo.GreetTest.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="demo.GreetTest" tests="1" skipped="1">
                  <testcase name="1.1 restarts" classname="demo.GreetTest">
                    <skipped type="org.opentest4j.TestAbortedException"><![CDATA[org.opentest4j.TestAbortedException: Unset NATS_URL to run this test.
                	at demo.GreetTest.restarts(GreetTest.java:9)
                ]]></skipped>
                  </testcase>
                </testsuite>
                """);
        var bytes = new ByteArrayOutputStream();

        new SummaryCommand(root, new PrintStream(bytes, true)).run(List.of("NATS_URL"));

        assertThat(bytes.toString())
                .contains("skipped 1: step01-demo: Unset NATS_URL to run this test.")
                .doesNotContain("TestAbortedException");
    }
}
