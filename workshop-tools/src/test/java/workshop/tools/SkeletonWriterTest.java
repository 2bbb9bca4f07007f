package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SkeletonWriterTest {

    private static final Exercise MATCH =
            new Exercise("1.2", "Match wildcards", "Build", "a/B.java", "a.BTest", "goal", List.of("h"), List.of());
    private static final Step STEP = new Step(Path.of("."), "step01-core-pubsub", "Core", 60, List.of(MATCH), Map.of());
    private final SkeletonWriter writer = new SkeletonWriter(STEP);

    @Test
    @DisplayName("a region becomes its TODO and a throw that names the exercise and its README section")
    void regionBecomesThrow() {
        String solution = """
                class B {
                    boolean matches() {
                        // EXERCISE 1.2 BEGIN: Compare token by token.
                        return true;
                        // EXERCISE 1.2 END
                    }
                }""";
        assertThat(writer.skeletonOf("B.java", solution)).isEqualTo("""
                class B {
                    boolean matches() {
                        // TODO Exercise 1.2: Compare token by token.
                        throw new UnsupportedOperationException("Exercise 1.2 is not solved yet: Match wildcards. Read step01-core-pubsub/README.md#12-match-wildcards");
                    }
                }""");
    }

    @Test
    @DisplayName(
            "the comment lines right after BEGIN carry on its text (the formatter wraps a long one), and stay in the TODO")
    void wrappedTodo() {
        String solution = """
                    // EXERCISE 1.2 BEGIN: Compare token by token,
                    // honouring '*' and '>'.
                    return true; // a solution's comment
                    // EXERCISE 1.2 END""";
        assertThat(writer.skeletonOf("B.java", solution)).isEqualTo("""
                    // TODO Exercise 1.2: Compare token by token,
                    // honouring '*' and '>'.
                    throw new UnsupportedOperationException("Exercise 1.2 is not solved yet: Match wildcards. Read step01-core-pubsub/README.md#12-match-wildcards");""");
    }

    @Test
    @DisplayName("a file the learner writes whole is found by its marker, and its region is the rest of the file")
    void wholeFile() {
        String solution = """
                package a;

                // EXERCISE 1.2 WHOLE FILE: a listener of dead letters
                public final class B {
                    int answer() {
                        return 42;
                    }
                }""";
        assertThat(SkeletonWriter.wholeFileExercise(solution)).contains("1.2");
        assertThat(SkeletonWriter.wholeFileExercise("class B {}")).isEmpty();
        assertThat(SkeletonWriter.regionLines(solution, "1.2"))
                .singleElement()
                .satisfies(region -> assertThat(region).containsExactly(3, 9));
        assertThat(SkeletonWriter.regionLines(solution, "1.3")).isEmpty();
    }

    @Test
    @DisplayName("SKELETON lines replace the throw")
    void skeletonLines() {
        String solution = """
                    // EXERCISE 1.2 BEGIN
                    // SKELETON: return null;
                    return compute();
                    // EXERCISE 1.2 END""";
        assertThat(writer.skeletonOf("B.java", solution)).isEqualTo("return null;");
    }

    @Test
    @DisplayName(
            "imports only the solution's regions used are dropped; one named in a comment or Javadoc, or a .*, stays")
    void unusedImports() {
        String solution = """
                package a;

                import java.time.Duration;
                import java.util.List;

                import java.util.concurrent.CompletableFuture;
                import java.util.function.*;
                import static java.util.Objects.requireNonNull;

                /** Uses a {@link Duration}. */
                class B {
                    List<String> names() {
                        // EXERCISE 1.2 BEGIN
                        return CompletableFuture.completedFuture(List.of(requireNonNull("x"))).join();
                        // EXERCISE 1.2 END
                    }
                }""";
        assertThat(writer.skeletonOf("B.java", solution)).startsWith("""
                package a;

                import java.time.Duration;
                import java.util.List;

                import java.util.function.*;

                /** Uses a {@link Duration}. */
                class B {""");
        String given = "package a;\n\nimport java.util.List;\n\nclass G {}\n";
        assertThat(writer.skeletonOf("G.java", given))
                .as("a file without regions is copied as it is")
                .isEqualTo(given);
    }

    @Test
    @DisplayName("code outside regions is copied unchanged, and a file without regions stays as it is")
    void outsideUnchanged() {
        String given = "package a;\n\n/** Given. */\nclass G {}\n";
        assertThat(writer.skeletonOf("G.java", given)).isEqualTo(given);
        assertThat(SkeletonWriter.hasRegions(given)).isFalse();
    }

    @Test
    @DisplayName("malformed regions are reported with file and line")
    void malformed() {
        assertThatThrownBy(() -> writer.skeletonOf("B.java", "// EXERCISE 1.2 BEGIN\nx();\n"))
                .hasMessageContaining("B.java:3")
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> writer.skeletonOf("B.java", "// EXERCISE 1.2 END\n"))
                .hasMessageContaining("B.java:1")
                .hasMessageContaining("without a matching BEGIN");
        assertThatThrownBy(() -> writer.skeletonOf("B.java", "// EXERCISE 9.9 BEGIN\n// EXERCISE 9.9 END\n"))
                .hasMessageContaining("9.9 is not in step01-core-pubsub/exercises.json");
    }

    @Test
    @DisplayName("anchors follow GitHub's rules")
    void anchors() {
        assertThat(MATCH.anchor()).isEqualTo("12-match-wildcards");
        assertThat(new Exercise("1.10", "Drain, don't close", "Use", "f", "t", "g", List.of(), List.of()).anchor())
                .isEqualTo("110-drain-dont-close");
    }
}
