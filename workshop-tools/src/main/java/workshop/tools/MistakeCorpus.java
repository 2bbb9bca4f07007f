package workshop.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a step's {@code solutions/<step>/mistakes.md}: the mistakes learners make in its exercises, kept
 * next to the solution they are variants of. The file is Markdown a person reads; each mistake is
 * <pre>
 * ## 1.2 `&gt;` matched to zero tokens
 *
 * The learner believes `orders.&gt;` also matches `orders`, as if `&gt;` could stand for nothing.
 *
 * Says: at least one token
 *
 * ```diff
 * -                return subjectTokens.length &gt; i; // at least one token left for '&gt;' to stand for
 * +                return subjectTokens.length &gt;= i;
 * ```
 * </pre>
 * a heading with the exercise id and a name, the misconception (the paragraph before {@code Says:}), the
 * words the first failure must contain, and one or more {@code diff} blocks whose lines start with
 * {@code -} (taken out), {@code +} (put in) or a space (left as they are). Text before the first heading
 * is the file's introduction. AUTHORING.md tells an author how to add one.
 */
final class MistakeCorpus {

    static final String FILE = "mistakes.md";

    private static final Pattern HEADING = Pattern.compile("^## (\\d+\\.\\d+) (.+)$");
    private static final Pattern SAYS = Pattern.compile("^Says: (.+)$");
    private static final String FENCE_OPEN = "```diff";
    private static final String FENCE = "```";

    private MistakeCorpus() {}

    /** Where a step's mistakes live: next to its solution. */
    static Path fileOf(Step step) {
        return step.root().resolve("solutions").resolve(step.module()).resolve(FILE);
    }

    /** The step's mistakes, in file order; none when the step has no file yet. */
    static List<Mistake> of(Step step) {
        Path file = fileOf(step);
        if (!Files.exists(file)) {
            return List.of();
        }
        return parse(Steps.relative(step.root(), file), Generator.read(file));
    }

    /**
     * Parses a corpus.
     *
     * @param fileName for messages only
     * @throws IllegalArgumentException naming the file and line of anything malformed
     */
    static List<Mistake> parse(String fileName, String text) {
        List<Mistake> mistakes = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && !HEADING.matcher(lines[i]).matches()) {
            i++;
        }
        while (i < lines.length) {
            Matcher heading = HEADING.matcher(lines[i]);
            heading.matches(); // true: the loops stop only at a heading
            int headingLine = i + 1;
            i++;
            List<String> misconception = new ArrayList<>();
            String says = null;
            List<Mistake.Edit> edits = new ArrayList<>();
            while (i < lines.length && !HEADING.matcher(lines[i]).matches()) {
                String line = lines[i];
                Matcher saysLine = SAYS.matcher(line.strip());
                if (line.strip().equals(FENCE_OPEN)) {
                    int opened = i + 1;
                    List<String> block = new ArrayList<>();
                    i++;
                    while (i < lines.length && !lines[i].strip().equals(FENCE)) {
                        block.add(lines[i]);
                        i++;
                    }
                    if (i == lines.length) {
                        throw malformed(fileName, opened, "a ```diff block that is never closed");
                    }
                    edits.add(edit(fileName, opened, block));
                } else if (saysLine.matches()) {
                    says = saysLine.group(1).strip();
                } else if (says == null && edits.isEmpty() && !line.isBlank()) {
                    misconception.add(line.strip());
                }
                i++;
            }
            String where =
                    "mistake " + heading.group(1) + " \"" + heading.group(2).strip() + "\"";
            if (misconception.isEmpty()) {
                throw malformed(fileName, headingLine, where + " says no misconception: write it under the heading");
            }
            if (says == null) {
                throw malformed(
                        fileName,
                        headingLine,
                        where + " has no \"Says: …\" line: the words its first failing test's message must contain");
            }
            if (edits.isEmpty()) {
                throw malformed(
                        fileName, headingLine, where + " has no ```diff block: what it changes in the solution");
            }
            mistakes.add(new Mistake(
                    heading.group(1),
                    heading.group(2).strip(),
                    String.join(" ", misconception),
                    says,
                    List.copyOf(edits),
                    headingLine));
        }
        return List.copyOf(mistakes);
    }

    /** A diff block's lines as what it finds and what it leaves. */
    private static Mistake.Edit edit(String fileName, int opened, List<String> block) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int k = 0; k < block.size(); k++) {
            String line = block.get(k);
            if (line.isEmpty() || line.startsWith(" ")) {
                String context = line.isEmpty() ? "" : line.substring(1);
                before.add(context);
                after.add(context);
            } else if (line.startsWith("-")) {
                before.add(line.substring(1));
            } else if (line.startsWith("+")) {
                after.add(line.substring(1));
            } else {
                throw malformed(
                        fileName,
                        opened + 1 + k,
                        "a diff line starts with '-', '+' or a space (unchanged), not '" + line.charAt(0) + "'");
            }
        }
        if (before.stream().allMatch(String::isBlank)) {
            throw malformed(fileName, opened, "a ```diff block must find at least one line of the solution");
        }
        if (before.equals(after)) {
            throw malformed(fileName, opened, "a ```diff block that changes nothing");
        }
        return new Mistake.Edit(List.copyOf(before), List.copyOf(after));
    }

    private static IllegalArgumentException malformed(String fileName, int line, String what) {
        return new IllegalArgumentException(fileName + ":" + line + ": " + what);
    }
}
