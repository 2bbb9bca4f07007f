package workshop.tools;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors GitHub gives a Markdown file: one per heading ({@code ## Fan-out and at-most-once} is
 * {@code #fan-out-and-at-most-once}, by {@link Exercise#anchorOf}), a second heading of the same
 * text {@code -1}, a third {@code -2}; and every {@code <a name="…">} or {@code id="…"}. A line
 * inside a fenced code block is never a heading.
 */
final class MarkdownAnchors {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    /** The line that opens or closes a fenced code block. */
    static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~)");

    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s[^>]*(?:name|id)=\"([^\"]+)\"");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

    private MarkdownAnchors() {}

    static Set<String> of(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (FENCE.matcher(line).find()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                continue;
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = Exercise.anchorOf(LINK.matcher(heading.group(1)).replaceAll("$1"));
                int earlier = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(earlier == 0 ? slug : slug + "-" + earlier);
            }
        }
        return anchors;
    }
}
