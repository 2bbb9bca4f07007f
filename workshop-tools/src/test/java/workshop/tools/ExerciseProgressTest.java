package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.tools.TestResult.Outcome.ERROR;
import static workshop.tools.TestResult.Outcome.FAILED;
import static workshop.tools.TestResult.Outcome.PASSED;
import static workshop.tools.TestResult.Outcome.SKIPPED;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseProgressTest {

    private static final Exercise VALIDATE =
            new Exercise("1.1", "Validate", "Build", "a/V.java", "a.VTest", "g", List.of(), List.of());
    private static final Exercise ROUTE =
            new Exercise("1.2", "Route", "Build", "a/R.java", "a.RTest", "g", List.of(), List.of());
    private static final Exercise CONNECT =
            new Exercise("1.3", "Connect", "Use", "a/C.java", "a.CTest", "g", List.of(), List.of());
    private static final Step STEP =
            new Step(Path.of("."), "step01-x", "X", 10, List.of(VALIDATE, ROUTE, CONNECT), Map.of());

    @Test
    @DisplayName("an exercise is solved when all its tests passed, not yet when one is red, not run without results")
    void states() {
        var progress = ExerciseProgress.of(
                STEP,
                List.of(
                        new TestResult("a.VTest", "1.1 one", PASSED, ""),
                        new TestResult("a.VTest", "validFilters(String) 1.1 two", PASSED, ""),
                        new TestResult("a.RTest", "1.2 one", PASSED, ""),
                        new TestResult("a.RTest", "1.2 two", FAILED, "Exercise 1.2: expected 3 but was 2")));
        var standings = progress.standings();
        assertThat(standings)
                .extracting(ExerciseProgress.Standing::state)
                .containsExactly(
                        ExerciseProgress.State.SOLVED, ExerciseProgress.State.NOT_YET, ExerciseProgress.State.NOT_RUN);
        assertThat(standings.get(1).firstFailure())
                .get()
                .extracting(TestResult::message)
                .isEqualTo("Exercise 1.2: expected 3 but was 2");
        assertThat(progress.next()).get().extracting(s -> s.exercise().id()).isEqualTo("1.2");
        assertThat(progress.solved()).isEqualTo(1);
    }

    @Test
    @DisplayName(
            "from reports: a green exercise is stale, not solved, once a file it runs (its own, or one it needs) is saved after its run")
    void staleAfterANeededFileChanged(@TempDir Path root) throws Exception {
        Exercise ledger = new Exercise(
                "5.2", "Ledger", "Build", "a/AckLedger.java", "a.AckLedgerTest", "g", List.of(), List.of());
        Exercise consumer = new Exercise(
                "5.5",
                "Consumer",
                "Build",
                "a/PullConsumer.java",
                "a.PullConsumerTest",
                "g",
                List.of(),
                List.of("5.2"));
        Exercise other =
                new Exercise("5.6", "Other", "Build", "a/Other.java", "a.OtherTest", "g", List.of(), List.of());
        Step step = new Step(root, "step05-x", "X", 10, List.of(ledger, consumer, other), Map.of());
        FileTime ran = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        for (String file : List.of("a/AckLedger.java", "a/PullConsumer.java", "a/Other.java")) {
            TestRepository.write(step.skeletonSources().resolve(file), "class X {}");
            Files.setLastModifiedTime(
                    step.skeletonSources().resolve(file), FileTime.fromMillis(ran.toMillis() - 60_000));
        }
        List<SurefireReports.ClassReport> reports = List.of(
                new SurefireReports.ClassReport(
                        "a.AckLedgerTest", ran, List.of(new TestResult("a.AckLedgerTest", "5.2 floor", PASSED, ""))),
                new SurefireReports.ClassReport(
                        "a.PullConsumerTest",
                        ran,
                        List.of(new TestResult("a.PullConsumerTest", "5.5 acks", PASSED, ""))),
                new SurefireReports.ClassReport(
                        "a.OtherTest", ran, List.of(new TestResult("a.OtherTest", "5.6 other", PASSED, ""))));
        assertThat(ExerciseProgress.of(step, reports).solved()).isEqualTo(3);

        Files.setLastModifiedTime(
                step.skeletonSources().resolve("a/AckLedger.java"), FileTime.fromMillis(System.currentTimeMillis()));
        var standings = ExerciseProgress.of(step, reports).standings();
        assertThat(standings)
                .extracting(ExerciseProgress.Standing::state)
                .containsExactly(
                        ExerciseProgress.State.STALE, ExerciseProgress.State.STALE, ExerciseProgress.State.SOLVED);
        assertThat(standings.get(1).changedSince()).containsExactly("a/AckLedger.java");
        assertThat(ExerciseReport.line(standings.get(1))).contains("run again").contains("1/1 tests");
        assertThat(ExerciseProgress.of(step, reports).next())
                .get()
                .extracting(s -> s.exercise().id())
                .isEqualTo("5.2");
        assertThat(ExerciseProgress.of(
                                step,
                                reports.stream()
                                        .flatMap(r -> r.results().stream())
                                        .toList())
                        .solved())
                .as("results just run are never stale")
                .isEqualTo(3);
    }

    @Test
    @DisplayName("a test class that could not run at all counts against the exercise whose test class it is")
    void classLevelFailure() {
        var progress = ExerciseProgress.of(
                STEP, List.of(new TestResult("a.CTest", "", ERROR, "No NATS server for the tests.")));
        assertThat(progress.standings().get(2).state()).isEqualTo(ExerciseProgress.State.NOT_YET);
    }

    @Test
    @DisplayName(
            "the report shows one line per exercise and, under a red one, the first failure without Surefire's method prefix")
    void report() {
        var progress = ExerciseProgress.of(
                STEP,
                List.of(
                        new TestResult(
                                "a.VTest",
                                "table(String) 1.1 rejects \"a..b\"",
                                FAILED,
                                "Exercise 1.1: expected false\nline 2"),
                        new TestResult("a.RTest", "1.2 one", PASSED, "")));
        var bytes = new ByteArrayOutputStream();
        boolean green = ExerciseReport.print(progress, Set.of(), new PrintStream(bytes, true));
        assertThat(green).isFalse();
        assertThat(bytes.toString())
                .contains("1.1   Validate")
                .contains("not yet   0/1 tests")
                .contains("first failure: 1.1 rejects \"a..b\"")
                .contains("Exercise 1.1: expected false")
                .contains("line 2")
                .contains("1.2   Route")
                .contains("solved    1/1 tests")
                .contains("1.3   Connect")
                .contains("not run");
    }

    @Test
    @DisplayName("an exercise whose tests were skipped for an older server needs a newer one: not failed, not next")
    void needsNewerServer() {
        String skip = TestResult.NEEDS_SERVER
                + "2.11+ (exercise 1.3); this run has 2.9.10 from /usr/sbin/nats-server (found on the PATH)."
                + " To run it, install a newer nats-server, or point NATS_SERVER_PATH at one (README.md#prerequisites).";
        var progress = ExerciseProgress.of(
                STEP,
                List.of(
                        new TestResult("a.VTest", "1.1 one", PASSED, ""),
                        new TestResult("a.RTest", "1.2 one", PASSED, ""),
                        new TestResult("a.CTest", "1.3 pins a client", SKIPPED, skip),
                        new TestResult("a.CTest", "1.3 plain skip", SKIPPED, "restarting needs a local binary")));
        var connect = progress.standings().get(2);
        assertThat(connect.state()).isEqualTo(ExerciseProgress.State.NEEDS_NEWER_SERVER);
        assertThat(connect.neededServer()).contains("2.11");
        assertThat(progress.next()).as("nothing this server can run is left").isEmpty();

        var bytes = new ByteArrayOutputStream();
        assertThat(ExerciseReport.print(progress, Set.of(), new PrintStream(bytes, true)))
                .as("never counted as failed")
                .isTrue();
        assertThat(bytes.toString())
                .contains("1.3   Connect")
                .contains("needs nats-server 2.11+")
                .contains("this run has 2.9.10")
                .doesNotContain("not yet");
    }

    @Test
    @DisplayName("a skip for another reason, or a red test next to a version skip, is not a server problem")
    void otherSkips() {
        var progress = ExerciseProgress.of(
                STEP,
                List.of(
                        new TestResult("a.VTest", "1.1 plain skip", SKIPPED, "restarting needs a local binary"),
                        new TestResult("a.CTest", "1.3 red", FAILED, "Exercise 1.3: expected 1"),
                        new TestResult(
                                "a.CTest", "1.3 new", SKIPPED, TestResult.NEEDS_SERVER + "2.11+ (exercise 1.3); …")));
        assertThat(progress.standings())
                .extracting(ExerciseProgress.Standing::state)
                .containsExactly(
                        ExerciseProgress.State.NOT_RUN, ExerciseProgress.State.NOT_RUN, ExerciseProgress.State.NOT_YET);
    }
}
