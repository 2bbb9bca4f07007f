package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepsTest {

    @TempDir
    Path root;

    @Test
    @DisplayName(
            "a step is found by number or folder, an exercise by its id, with the learner's and the reference's file")
    void finds() {
        TestRepository.create(root);
        assertThat(Step.named(root, "1").module()).isEqualTo("step01-demo");
        assertThat(Step.named(root, "step01-demo").module()).isEqualTo("step01-demo");
        Steps.Located located = Steps.exercise(root, "1.2");
        assertThat(located.exercise().title()).isEqualTo("Say goodbye");
        assertThat(located.learnerFile()).isEqualTo(root.resolve("step01-demo/src/main/java/demo/Greeter.java"));
        assertThat(located.solutionFile())
                .isEqualTo(root.resolve("solutions/step01-demo/src/main/java/demo/Greeter.java"));
    }

    @Test
    @DisplayName("unknown steps and exercises are explained, not thrown as stack traces")
    void unknown() {
        TestRepository.create(root);
        assertThatThrownBy(() -> Step.named(root, "7"))
                .hasMessageContaining("No step 7")
                .hasMessageContaining("step01-demo");
        assertThatThrownBy(() -> Steps.exercise(root, "1.9"))
                .hasMessageContaining("no exercise 1.9")
                .hasMessageContaining("[1.1, 1.2]");
        assertThatThrownBy(() -> Steps.exercise(root, "hello")).hasMessageContaining("not an exercise id");
    }

    @Test
    @DisplayName("a half-written step in the build is reported as unreadable, and the others still load")
    void halfWritten() {
        TestRepository.create(root);
        TestRepository.write(
                root.resolve("pom.xml"),
                "<project><modules><module>step01-demo</module><module>step02-later</module></modules></project>");
        TestRepository.write(root.resolve("step02-later/exercises.json"), "{\"module\": \"step02-later\", \"exerc");
        var loaded = Step.loadEach(root);
        assertThat(loaded).hasSize(2);
        assertThat(loaded.get(0).step()).isNotNull();
        assertThat(loaded.get(1).step()).isNull();
        assertThat(loaded.get(1).problem()).contains("exercises.json");
    }
}
