package workshop.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the code a lesson shows readable without scrolling: every line inside a fenced block
 * ({@code ```}) of a README, the top-level one and each step's, is at most {@value #MAX_WIDTH}
 * characters, the width the Java sources are formatted to. {@code ./workshop check} reports each
 * longer line with its file and line number.
 */
final class LessonCodeWidth {

    static final int MAX_WIDTH = 120;

    private LessonCodeWidth() {}

    /** The problems in the top-level README and every step's README under {@code root}. */
    static List<String> problems(Path root) {
        List<Path> lessons = new ArrayList<>();
        lessons.add(root.resolve("README.md"));
        Step.all(root).forEach(step -> lessons.add(step.moduleDir().resolve("README.md")));
        List<String> problems = new ArrayList<>();
        for (Path lesson : lessons) {
            if (Files.isRegularFile(lesson)) {
                problems.addAll(problems(root.relativize(lesson).toString(), Generator.read(lesson)));
            }
        }
        return problems;
    }

    /** The code lines of one Markdown text that are too wide, named {@code file:line}. */
    static List<String> problems(String file, String markdown) {
        List<String> problems = new ArrayList<>();
        boolean inCode = false;
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (MarkdownAnchors.FENCE.matcher(line).find()) {
                inCode = !inCode;
            } else if (inCode && line.length() > MAX_WIDTH) {
                problems.add(file + ":" + (i + 1) + ": a code line of " + line.length() + " characters (at most "
                        + MAX_WIDTH + "): wrap it where the language allows");
            }
        }
        return problems;
    }
}
