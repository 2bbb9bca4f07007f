package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code ./workshop mutation} reads PIT's report: only mutations inside a Build exercise's region count. */
class MutationScoresTest {

    @TempDir
    Path root;

    @Test
    @DisplayName("a Build exercise's score counts the mutations on its region's lines, and lists the survivors")
    void countsOnlyTheRegionsLines() {
        Step step = TestRepository.create(root);
        // Greeter.java: 1.1's region holds line 8, 1.2's line 14; line 6 is the given method's signature.
        TestRepository.write(MutationScores.reportOf(step), """
                <?xml version="1.0" encoding="UTF-8"?>
                <mutations partial="true">
                <mutation detected='true' status='KILLED'><sourceFile>Greeter.java</sourceFile>\
                <mutatedClass>demo.Greeter</mutatedClass><lineNumber>8</lineNumber>\
                <description>replaced return value with ""</description></mutation>
                <mutation detected='false' status='SURVIVED'><sourceFile>Greeter.java</sourceFile>\
                <mutatedClass>demo.Greeter</mutatedClass><lineNumber>14</lineNumber>\
                <description>replaced return value with ""</description></mutation>
                <mutation detected='false' status='NO_COVERAGE'><sourceFile>Greeter.java</sourceFile>\
                <mutatedClass>demo.Greeter</mutatedClass><lineNumber>6</lineNumber>\
                <description>outside every region</description></mutation>
                </mutations>
                """);

        List<MutationScores.Score> scores =
                MutationScores.scoresOf(step, MutationScores.read(MutationScores.reportOf(step)));

        assertThat(scores).hasSize(2);
        assertThat(scores.get(0).mutations()).isEqualTo(1);
        assertThat(scores.get(0).detected()).isEqualTo(1);
        assertThat(scores.get(1).mutations()).isEqualTo(1);
        assertThat(scores.get(1).survivors())
                .singleElement()
                .isEqualTo(
                        new MutationScores.Mutation("demo/Greeter.java", 14, false, "replaced return value with \"\""));
    }
}
