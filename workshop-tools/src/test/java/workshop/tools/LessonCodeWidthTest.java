package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LessonCodeWidthTest {

    @Test
    @DisplayName("a code line wider than 120 characters is reported with its file and line; prose is not")
    void reportsWideCodeLines() {
        String wide = "x".repeat(121);
        String markdown = "# Lesson\n" + wide + "\n```java\n" + "y".repeat(120) + "\n" + wide + "\n```\n" + wide + "\n";

        assertThat(LessonCodeWidth.problems("step01/README.md", markdown))
                .containsExactly("step01/README.md:5: a code line of 121 characters (at most 120): wrap it where"
                        + " the language allows");
    }
}
