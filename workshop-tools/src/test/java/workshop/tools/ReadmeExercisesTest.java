package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadmeExercisesTest {

    private static Exercise exercise(String id, String title, String... needs) {
        return new Exercise(
                id,
                title,
                "Build",
                "a/X" + id + ".java",
                "a.XTest",
                "Goal of " + id + ".",
                List.of("a hint"),
                List.of(needs));
    }

    private static final Step STEP = new Step(
            Path.of("."),
            "step05-x",
            "X",
            10,
            List.of(
                    exercise("5.1", "Start"),
                    exercise("5.2", "Track acks"),
                    exercise("5.3", "Time"),
                    exercise("5.4", "Count", "5.3"),
                    exercise("5.5", "Pull, ack and redeliver", "5.1", "5.2", "5.3", "5.4")),
            Map.of());

    @Test
    @DisplayName("an exercise's section says what it builds on, each need linked to its section")
    void buildsOn() {
        String readme = ReadmeExercises.render(STEP, "# X\n<!-- exercises:begin -->\n<!-- exercises:end -->\n");
        assertThat(readme)
                .contains("Goal of 5.4.\n\nBuilds on [5.3](#53-time): solve that first.\n\nRun its tests")
                .contains(
                        "Builds on [5.1](#51-start), [5.2](#52-track-acks), [5.3](#53-time) and [5.4](#54-count): solve those first.")
                .containsOnlyOnce("Builds on [5.1]");
        assertThat(readme.substring(0, readme.indexOf("### 5.4"))).doesNotContain("Builds on");
        assertThat(MarkdownAnchors.of(readme))
                .contains("51-start", "52-track-acks", "53-time", "54-count", "55-pull-ack-and-redeliver");
    }
}
