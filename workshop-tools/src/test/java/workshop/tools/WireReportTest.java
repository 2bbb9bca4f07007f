package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.tools.wire.WireFiles;

/** What test --wire and the watch's w show of the frames the test kit recorded. */
class WireReportTest {

    @TempDir
    Path root;

    private Path record(Path folder, String testClass, String displayName, int frames) {
        Path file = WireFiles.of(folder, testClass, displayName);
        List<String> lines = new ArrayList<>(List.of("# " + displayName));
        for (int i = 1; i <= frames; i++) {
            lines.add("12:00:00." + String.format("%03d", i) + " c1 -> PUB orders.new 3  \"o-" + i + "\"");
        }
        TestRepository.write(file, String.join("\n", lines) + "\n");
        return file;
    }

    @Test
    @DisplayName(
            "a red exercise shows the last frames of its first red test, found by its display name even behind Surefire's method prefix")
    void lastFrames() {
        Step step = TestRepository.create(root);
        Path folder = WireReport.folder(step);
        record(folder, "demo.GreetTest", "1.1 greets by name", 12);
        record(folder, "demo.LeaveTest", "1.2 says goodbye", 2);
        var progress = ExerciseProgress.of(
                step,
                List.of(
                        new TestResult(
                                "demo.GreetTest",
                                "greets() 1.1 greets by name",
                                TestResult.Outcome.FAILED,
                                "Exercise 1.1: no"),
                        new TestResult("demo.LeaveTest", "1.2 says goodbye", TestResult.Outcome.PASSED, "")));
        var bytes = new ByteArrayOutputStream();
        WireReport.printLastFrames(root, folder, progress, Set.of(), Terminal.plain(new PrintStream(bytes, true)));
        String report = bytes.toString();
        assertThat(report)
                .contains("The wire: 2 Use tests recorded, frame by frame, in .workshop/wire/step01-demo/")
                .contains("1.1: the last 8 of 12 frames of its first red test")
                .contains("c1 -> PUB orders.new 3  \"o-12\"")
                .contains("\"o-5\"")
                .doesNotContain("\"o-4\"")
                .doesNotContain("12:00:00")
                .doesNotContain("1.2:");

        WireReport.clear(folder, List.of("demo.GreetTest"));
        assertThat(WireReport.files(folder)).isEqualTo(1);
        WireReport.clear(folder, List.of());
        var none = new ByteArrayOutputStream();
        WireReport.printLastFrames(root, folder, progress, Set.of(), Terminal.plain(new PrintStream(none, true)));
        assertThat(none.toString()).contains("No NATS traffic was recorded");
    }

    @Test
    @DisplayName("the watch's w shows each recorded test of the exercise, its frames up to a limit")
    void testsOfAnExercise() {
        Path folder = root.resolve("wire");
        record(folder, "a.UseTest", "5.9 acks", 3);
        record(folder, "a.UseTest", "5.9 naks", 50);
        var bytes = new ByteArrayOutputStream();
        WireReport.printTests(root, folder, List.of("a.UseTest"), 40, Terminal.plain(new PrintStream(bytes, true)));
        assertThat(bytes.toString())
                .contains("== 5.9 acks (3 frames)")
                .contains("== 5.9 naks (50 frames)")
                .contains("... 10 more in wire/a.UseTest/");
    }
}
