package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    @DisplayName("equal texts have no hunk; a changed line is a removal then an addition, with three lines of context")
    void oneChange() {
        List<String> old =
                IntStream.rangeClosed(1, 10).mapToObj(i -> "line " + i).toList();
        List<String> changed = old.stream()
                .map(line -> line.equals("line 5") ? "line five" : line)
                .toList();
        assertThat(UnifiedDiff.hunks(old, old, 3)).isEmpty();
        var hunks = UnifiedDiff.hunks(old, changed, 3);
        assertThat(hunks).singleElement().satisfies(hunk -> {
            assertThat(hunk.header()).isEqualTo("@@ -2,7 +2,7 @@");
            assertThat(hunk.lines())
                    .extracting(l -> l.kind() + l.text())
                    .containsExactly(
                            " line 2", " line 3", " line 4", "-line 5", "+line five", " line 6", " line 7", " line 8");
        });
    }

    @Test
    @DisplayName("changes far apart are separate hunks, close ones share one")
    void hunks() {
        List<String> old =
                IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).toList();
        List<String> far = old.stream()
                .map(l -> l.equals("line 3") || l.equals("line 25") ? l + "!" : l)
                .toList();
        List<String> near = old.stream()
                .map(l -> l.equals("line 3") || l.equals("line 8") ? l + "!" : l)
                .toList();
        assertThat(UnifiedDiff.hunks(old, far, 3)).hasSize(2);
        assertThat(UnifiedDiff.hunks(old, near, 3)).hasSize(1);
    }

    @Test
    @DisplayName(
            "the reference of a solution drops the EXERCISE markers and SKELETON lines and knows each line's exercise")
    void reference() {
        var reference = SolutionCommand.Reference.of("""
                a
                    // EXERCISE 1.1 BEGIN: do it
                    // SKELETON: return null;
                    b
                    // EXERCISE 1.1 END
                c
                """);
        assertThat(reference.lines()).containsExactly("a", "    b", "c");
        assertThat(reference.exerciseOfLine()).containsExactly(null, "1.1", null);
    }
}
