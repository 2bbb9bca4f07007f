package workshop.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a solution source file into the learner's skeleton: every exercise region
 * <pre>
 *     // EXERCISE 1.2 BEGIN: what to do
 *     …solution…
 *     // EXERCISE 1.2 END
 * </pre>
 * becomes a TODO line (with the plain {@code //} lines that directly follow BEGIN: the formatter wraps a
 * long BEGIN text onto them) and either the region's {@code // SKELETON:} lines or a {@code throw} that
 * names the exercise and where to read about it. Everything outside regions is copied unchanged,
 * which is what makes skeleton and solution unable to drift apart, except the imports that only the
 * solution's regions used: a learner's file does not start with imports of what it no longer
 * mentions. AUTHORING.md has the rules.
 */
final class SkeletonWriter {

    static final Pattern BEGIN = Pattern.compile("^(\\s*)// EXERCISE (\\d+\\.\\d+) BEGIN(?::\\s*(.*?))?\\s*$");
    static final Pattern END = Pattern.compile("^\\s*// EXERCISE (\\d+\\.\\d+) END\\s*$");
    /**
     * A file the learner writes whole: the solution's file has this line (after its package line) and
     * no regions; the skeleton has no such file at all. What to write is in the exercise's README section.
     */
    static final Pattern WHOLE_FILE = Pattern.compile("^// EXERCISE (\\d+\\.\\d+) WHOLE FILE(?::\\s*(.*?))?\\s*$");

    static final Pattern SKELETON_LINE = Pattern.compile("^(\\s*)// SKELETON:(?: (.*)|\\s*)$");
    /** A plain line comment: in a region, directly after BEGIN, it carries on the BEGIN text. */
    static final Pattern COMMENT_LINE = Pattern.compile("^\\s*//.*$");

    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(?:\\w+\\.)*(\\w+|\\*)\\s*;\\s*$");

    private final Step step;

    SkeletonWriter(Step step) {
        this.step = step;
    }

    /**
     * Where exercise {@code id}'s regions are in a source: per region, the 1-based line numbers of its
     * BEGIN and its END marker (the region's code lies strictly between them). The tools that reason
     * about regions (needs, mistakes, mutation scores) read them here, one way.
     */
    static List<int[]> regionLines(String source, String id) {
        List<int[]> regions = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher whole = WHOLE_FILE.matcher(lines[i]);
            if (whole.matches() && whole.group(1).equals(id)) {
                regions.add(new int[] {i + 1, lines.length + 1}); // the rest of the file is the exercise's
                return regions;
            }
        }
        int begin = -1;
        for (int i = 0; i < lines.length; i++) {
            Matcher b = BEGIN.matcher(lines[i]);
            Matcher e = END.matcher(lines[i]);
            if (b.matches() && b.group(2).equals(id)) {
                begin = i + 1;
            } else if (e.matches() && e.group(1).equals(id) && begin > 0) {
                regions.add(new int[] {begin, i + 1});
                begin = -1;
            }
        }
        return regions;
    }

    /** The exercise whose whole file this source is, if it is one (see {@link #WHOLE_FILE}). */
    static java.util.Optional<String> wholeFileExercise(String source) {
        return source.lines()
                .map(WHOLE_FILE::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .findFirst();
    }

    /** Whether the file has exercise regions at all (given code has none). */
    static boolean hasRegions(String source) {
        return source.lines().anyMatch(line -> BEGIN.matcher(line).matches());
    }

    /**
     * The skeleton of one solution file.
     *
     * @param fileName used in error messages only
     * @throws IllegalArgumentException on a malformed region (unclosed, nested, unknown exercise id)
     */
    String skeletonOf(String fileName, String solution) {
        List<String> out = new ArrayList<>();
        Region open = null;
        int lineNumber = 0;
        for (String line : solution.split("\n", -1)) {
            lineNumber++;
            Matcher begin = BEGIN.matcher(line);
            Matcher end = END.matcher(line);
            if (begin.matches()) {
                if (open != null) {
                    throw malformed(fileName, lineNumber, "a region begins inside region " + open.exercise.id());
                }
                Exercise exercise = step.exercise(begin.group(2))
                        .orElseThrow(() -> new IllegalArgumentException(malformedText(fileName, begin.group(2))
                                + " is not in " + step.module() + "/exercises.json"));
                open = new Region(exercise, begin.group(1), begin.group(3));
            } else if (end.matches()) {
                if (open == null || !open.exercise.id().equals(end.group(1))) {
                    throw malformed(fileName, lineNumber, "END " + end.group(1) + " without a matching BEGIN");
                }
                out.addAll(open.replacement(step.module()));
                open = null;
            } else if (open != null) {
                Matcher skeletonLine = SKELETON_LINE.matcher(line);
                if (open.todoGoesOn
                        && !skeletonLine.matches()
                        && COMMENT_LINE.matcher(line).matches()) {
                    open.todoContinued.add(line);
                    continue;
                }
                open.todoGoesOn = false;
                if (skeletonLine.matches()) {
                    open.skeletonLines.add(
                            skeletonLine.group(1) + (skeletonLine.group(2) == null ? "" : skeletonLine.group(2)));
                }
            } else {
                out.add(line);
            }
        }
        if (open != null) {
            throw malformed(fileName, lineNumber, "region " + open.exercise.id() + " is never closed");
        }
        return String.join("\n", hasRegions(solution) ? withoutUnusedImports(out) : out);
    }

    /**
     * The lines without the imports whose simple name no longer occurs in the file after the
     * imports, code or comment (a Javadoc {@code {@link}} needs its import too). A {@code .*}
     * import stays. A blank line left doubled by a removed group goes as well.
     */
    static List<String> withoutUnusedImports(List<String> lines) {
        int lastImport = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (IMPORT.matcher(lines.get(i)).matches()) {
                lastImport = i;
            }
        }
        String rest = String.join("\n", lines.subList(lastImport + 1, lines.size()));
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher imported = IMPORT.matcher(line);
            boolean unused = i <= lastImport
                    && imported.matches()
                    && !imported.group(1).equals("*")
                    && !Pattern.compile("\\b" + Pattern.quote(imported.group(1)) + "\\b")
                            .matcher(rest)
                            .find();
            boolean doubledBlank = i <= lastImport + 1
                    && line.isBlank()
                    && !kept.isEmpty()
                    && kept.getLast().isBlank();
            if (!unused && !doubledBlank) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The Java expression a skeleton throws: {@code new UnsupportedOperationException("Exercise …")}. */
    static String notSolvedExpression(Exercise exercise, String module) {
        String message = exercise.notSolvedMessage(module).replace("\\", "\\\\").replace("\"", "\\\"");
        return "new UnsupportedOperationException(\"" + message + "\")";
    }

    private static IllegalArgumentException malformed(String fileName, int line, String what) {
        return new IllegalArgumentException(fileName + ":" + line + ": " + what);
    }

    private static String malformedText(String fileName, String id) {
        return fileName + ": exercise " + id;
    }

    /** An open region while the writer reads through it. */
    private static final class Region {
        final Exercise exercise;
        final String indent;
        final String todo;
        final List<String> skeletonLines = new ArrayList<>();
        /** The comment lines that carry on the BEGIN text, as the formatter wrapped them. */
        final List<String> todoContinued = new ArrayList<>();
        /** Whether the next comment line still belongs to the BEGIN text: until the first other line. */
        boolean todoGoesOn;

        Region(Exercise exercise, String indent, String todo) {
            this.exercise = exercise;
            this.indent = indent;
            this.todo = todo;
            this.todoGoesOn = todo != null && !todo.isBlank();
        }

        List<String> replacement(String module) {
            List<String> lines = new ArrayList<>();
            if (todo != null && !todo.isBlank()) {
                lines.add(indent + "// TODO Exercise " + exercise.id() + ": " + todo);
                lines.addAll(todoContinued);
            }
            String notSolved = notSolvedExpression(exercise, module);
            if (skeletonLines.isEmpty()) {
                lines.add(indent + "throw " + notSolved + ";");
            } else {
                lines.addAll(skeletonLines);
            }
            return lines;
        }
    }
}
