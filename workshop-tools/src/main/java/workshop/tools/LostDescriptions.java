package workshop.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds a step test that uses AssertJ's {@code assertThatThrownBy}. When the code under test throws
 * nothing, its failure says only "Expecting code to raise a throwable." and drops the
 * {@code .as(…)} description: the exercise, the input, what to look at. That is exactly the almost-right
 * code a learner writes, so step tests write {@code assertThat(catchThrowable(…)).as(…)} instead, whose
 * description survives. The tools' own tests may use it: no learner reads their failures.
 */
final class LostDescriptions {

    private static final Pattern THROWN_BY = Pattern.compile("\\bassertThatThrownBy\\b");

    private LostDescriptions() {}

    static List<String> check(Path root, Step step) {
        List<String> problems = new ArrayList<>();
        for (Path source : ReadmeLinks.javaFiles(step.moduleDir().resolve("src/test/java"))) {
            String[] lines = Generator.read(source).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!isComment(lines[i]) && THROWN_BY.matcher(lines[i]).find()) {
                    problems.add(Steps.relative(root, source) + ":" + (i + 1) + ": assertThatThrownBy drops its"
                            + " description when nothing is thrown (the learner sees only \"Expecting code to raise a"
                            + " throwable.\"): write assertThat(catchThrowable(() -> …)).as(…) instead");
                }
            }
        }
        return problems;
    }

    /** A line of a Javadoc or line comment may name it: explaining why not is allowed. */
    private static boolean isComment(String line) {
        String trimmed = line.strip();
        return trimmed.startsWith("*") || trimmed.startsWith("//") || trimmed.startsWith("/*");
    }
}
