package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.tools.TestResult.Outcome.ERROR;
import static workshop.tools.TestResult.Outcome.FAILED;
import static workshop.tools.TestResult.Outcome.PASSED;
import static workshop.tools.TestResult.Outcome.SKIPPED;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StepVerdictTest {

    private static final Exercise VALIDATE =
            new Exercise("1.1", "Validate", "Build", "f", "T", "g", List.of(), List.of());
    private static final Exercise ROUTE =
            new Exercise("1.2", "Route", "Build", "f", "T", "g", List.of(), List.of("1.1"));
    private static final Step STEP = new Step(
            Path.of("."),
            "step01-x",
            "X",
            10,
            List.of(VALIDATE, ROUTE),
            Map.of("1.2 passes unsolved on purpose", "it checks a given class"));

    private static TestResult result(String name, TestResult.Outcome outcome, String message) {
        return new TestResult("T", name, outcome, message);
    }

    @Test
    @DisplayName("red on the skeleton naming its exercise (or one it needs) and green on the solution is honest")
    void honest() {
        var verdict = StepVerdict.judge(
                STEP,
                List.of(
                        result("1.1 a", ERROR, "Exercise 1.1 is not solved yet"),
                        result("1.2 b", ERROR, "Exercise 1.1 is not solved yet")),
                List.of(result("1.1 a", PASSED, ""), result("1.2 b", PASSED, "")));
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.redOnSkeleton()).isEqualTo(2);
        assertThat(verdict.greenOnSolution()).isEqualTo(2);
    }

    @Test
    @DisplayName("green on the skeleton, red on the solution, or red for another exercise's reason is not")
    void dishonest() {
        var verdict = StepVerdict.judge(
                STEP,
                List.of(
                        result("1.1 green", PASSED, ""),
                        result("1.1 other", FAILED, "Exercise 1.2: expected 3"),
                        result("1.2 broken", FAILED, "Exercise 1.2 x")),
                List.of(
                        result("1.1 green", PASSED, ""),
                        result("1.1 other", PASSED, ""),
                        result("1.2 broken", FAILED, "oops")));
        assertThat(verdict.problems())
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).contains("1.1 green is PASSED on the skeleton"))
                .anySatisfy(p -> assertThat(p).contains("does not name Exercise 1.1"))
                .anySatisfy(p -> assertThat(p).contains("1.2 broken is FAILED on the solution"));
        assertThat(verdict.dishonestTests()).isEqualTo(3);
    }

    @Test
    @DisplayName(
            "a test listed as green on the skeleton is allowed and reported; an exercise without tests is a problem")
    void allowedGreenAndMissingTests() {
        var verdict = StepVerdict.judge(
                STEP,
                List.of(result("1.2 passes unsolved on purpose", PASSED, "")),
                List.of(result("1.2 passes unsolved on purpose", PASSED, "")));
        assertThat(verdict.allowedGreen()).singleElement().asString().contains("it checks a given class");
        assertThat(verdict.problems()).containsExactly("step01-x: exercise 1.1 has no test");
    }

    @Test
    @DisplayName("a test that ran in one mode only, or does not name an exercise, is a problem")
    void structural() {
        var verdict = StepVerdict.judge(
                STEP,
                List.of(result("1.1 only here", ERROR, "Exercise 1.1"), result("no id", ERROR, "x")),
                List.of(result("no id", PASSED, "")));
        assertThat(verdict.problems())
                .anySatisfy(p -> assertThat(p).contains("ran only on the skeleton"))
                .anySatisfy(p -> assertThat(p).contains("must start with one of this step's exercise ids"));
    }

    @Test
    @DisplayName("a test skipped for an older server is unproven: the check asks for the newest server")
    void skippedForServer() {
        String skip = TestResult.NEEDS_SERVER + "2.11+ (exercise 1.1); this run has 2.9.10 from /usr/sbin/nats-server";
        var verdict = StepVerdict.judge(
                STEP,
                List.of(result("1.1 a", SKIPPED, skip), result("1.2 b", ERROR, "Exercise 1.1 is not solved yet")),
                List.of(result("1.1 a", SKIPPED, skip), result("1.2 b", PASSED, "")));
        assertThat(verdict.problems())
                .singleElement()
                .asString()
                .contains("1.1 a was skipped for an older server")
                .contains("NATS_SERVER_PATH at the newest nats-server");
    }
}
