package workshop.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few lines of a failure's message a learner needs under an exercise: the lines that decide,
 * never a type dump or a stack trace, wrapped to fit an 80-column terminal.
 *
 * <ul>
 *   <li>An unsolved exercise's message anywhere in it ({@code Exercise 8.1 is not solved yet: …},
 *       nested in an AssertJ "but was:" or a cause) is the whole summary: one clean line.</li>
 *   <li>A short message is shown whole, without stack frames.</li>
 *   <li>A long one keeps its first lines, every line that decides ("Expecting", "to contain",
 *       "could not find", "but was", "expected") with the value line under it, and its last line;
 *       what is left out is counted in its place.</li>
 * </ul>
 */
final class FailureSummary {

    static final int WIDTH = 80;
    private static final int SHORT = 8;
    private static final int HEAD = 3;
    private static final int LONGEST_LINE = 4 * 68;
    private static final Pattern NOT_SOLVED =
            Pattern.compile("Exercise \\d+\\.\\d+ is not solved yet(?::[^\\n\"]*?README\\.md(?:#[\\w-]+)?|[^\\n\"]*)");
    private static final Pattern DECIDING = Pattern.compile(
            "(?i)expecting|to contain|could not find|not found|but was|but found|to be equal|expected|actual|to have|to be |not to|missing");
    private static final Pattern STACK_FRAME =
            Pattern.compile("^\\s*at [\\w$.]+\\(.*\\)\\s*$|^\\s*\\.\\.\\. \\d+ more\\s*$");

    private FailureSummary() {}

    /** The unsolved-exercise line somewhere in the text, as the skeleton threw it. */
    static Optional<String> notSolved(String text) {
        Matcher m = NOT_SOLVED.matcher(text);
        return m.find() ? Optional.of(m.group().strip()) : Optional.empty();
    }

    /** The lines to show, each at most {@code width} characters (an indent of {@code indent} is added by the caller). */
    static List<String> lines(String message, int width) {
        Optional<String> notSolved = notSolved(message);
        if (notSolved.isPresent()) {
            String line = notSolved.get();
            int read = line.lastIndexOf(". Read ");
            if (line.length() > width
                    && read > 0) { // "Read <link>" on a line of its own, whole, so the link stays clickable
                List<String> lines = new ArrayList<>(wrap(List.of(line.substring(0, read + 1)), width));
                lines.add(line.substring(read + 2));
                return lines;
            }
            return wrap(List.of(line), width);
        }
        List<String> all = withoutStackFrames(
                message.strip().lines().map(String::stripTrailing).toList());
        if (all.size() <= SHORT) {
            return wrap(all, width);
        }
        TreeSet<Integer> keep = new TreeSet<>();
        for (int i = 0; i < HEAD; i++) {
            keep.add(i);
        }
        for (int i = HEAD; i < all.size(); i++) {
            if (DECIDING.matcher(all.get(i)).find()) {
                keep.add(i);
                if (i + 1 < all.size()) {
                    keep.add(i + 1);
                }
            }
        }
        keep.add(all.size() - 1);
        List<String> shown = new ArrayList<>();
        int previous = -1;
        for (int index : keep) {
            if (index > previous + 1) {
                int skipped = index - previous - 1;
                shown.add("... (" + skipped + (skipped == 1 ? " line" : " lines") + " left out)");
            }
            shown.add(all.get(index));
            previous = index;
        }
        return wrap(shown, width);
    }

    /** Drops a stack trace's frames but the first, which says where it happened. */
    private static List<String> withoutStackFrames(List<String> lines) {
        List<String> kept = new ArrayList<>();
        boolean inTrace = false;
        for (String line : lines) {
            boolean frame = STACK_FRAME.matcher(line).matches();
            if (frame && inTrace) {
                continue;
            }
            inTrace = frame;
            kept.add(frame ? line.replace('\t', ' ') : line);
        }
        return kept;
    }

    /**
     * Wraps long lines at spaces, continuation lines indented by two; a word longer than a line (a
     * path, a README link) stays whole. An endless line is shortened in the middle.
     */
    static List<String> wrap(List<String> lines, int width) {
        return wrap(lines, width, true);
    }

    /** Wraps as {@link #wrap(List, int)}, but never shortens a line: for a wire frame, whose meaning is at its end. */
    static List<String> wrapWhole(List<String> lines, int width) {
        return wrap(lines, width, false);
    }

    private static List<String> wrap(List<String> lines, int width, boolean shorten) {
        List<String> wrapped = new ArrayList<>();
        for (String original : lines) {
            String line = original.replace('\t', ' ');
            if (shorten && line.length() > LONGEST_LINE) {
                int cut = line.length() - LONGEST_LINE;
                line = line.substring(0, 3 * LONGEST_LINE / 4) + " ... (" + cut + " characters left out) ... "
                        + line.substring(line.length() - LONGEST_LINE / 4);
            }
            String prefix = "";
            while (prefix.length() + line.length() > width) {
                int room = width - prefix.length();
                int at = line.lastIndexOf(' ', room);
                if (at <= 0) { // one word longer than the line (a path, a link): whole, never broken
                    at = line.indexOf(' ', room);
                    if (at < 0) {
                        break;
                    }
                }
                wrapped.add(prefix + line.substring(0, at).stripTrailing());
                line = line.substring(at).stripLeading();
                prefix = "  ";
            }
            wrapped.add(prefix + line);
        }
        return wrapped;
    }
}
