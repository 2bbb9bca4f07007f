package workshop.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two small texts (source files of a few hundred lines) in the unified format, from
 * their longest common subsequence. Plain JDK: the tools have no dependencies.
 */
final class UnifiedDiff {

    /** One line of the diff: ' ' both have it, '-' only the old text, '+' only the new one. */
    record Line(char kind, String text, int oldIndex, int newIndex) {}

    /**
     * A hunk: the changed lines with up to {@code context} unchanged lines around them.
     * Indexes are 0-based positions in the old and new texts.
     */
    record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<Line> lines) {

        /** {@code @@ -12,3 +12,9 @@}, 1-based as in {@code diff -u}. */
        String header() {
            return "@@ -" + range(oldStart, oldCount) + " +" + range(newStart, newCount) + " @@";
        }

        private static String range(int start, int count) {
            return (count == 0 ? start : start + 1) + "," + count;
        }
    }

    private UnifiedDiff() {}

    /** Every line of both texts in diff order: unchanged, removed and added lines. */
    static List<Line> lines(List<String> oldLines, List<String> newLines) {
        int n = oldLines.size();
        int m = newLines.size();
        int[][] common = new int[n + 1][m + 1]; // common[i][j]: LCS length of oldLines[i..] and newLines[j..]
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = oldLines.get(i).equals(newLines.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && oldLines.get(i).equals(newLines.get(j))) {
                lines.add(new Line(' ', oldLines.get(i), i++, j++));
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                lines.add(new Line('-', oldLines.get(i), i++, j)); // removals first, as diff -u shows them
            } else {
                lines.add(new Line('+', newLines.get(j), i, j++));
            }
        }
        return lines;
    }

    /** The changes grouped into hunks with {@code context} lines around them; empty when the texts are equal. */
    static List<Hunk> hunks(List<String> oldLines, List<String> newLines, int context) {
        return hunks(lines(oldLines, newLines), context, block -> true);
    }

    /**
     * Hunks of only the change blocks (maximal runs of removed and added lines) that {@code keep}
     * accepts. Kept blocks close together share a hunk, unless a block that was not kept lies
     * between them: the diff of one exercise never shows the answer to another.
     */
    static List<Hunk> hunks(List<Line> all, int context, java.util.function.Predicate<List<Line>> keep) {
        List<int[]> blocks = new ArrayList<>(); // [start, end) in all
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).kind() != ' ') {
                int start = i;
                while (i < all.size() && all.get(i).kind() != ' ') {
                    i++;
                }
                blocks.add(new int[] {start, i});
            }
        }
        List<Hunk> hunks = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            if (!keep.test(all.subList(blocks.get(b)[0], blocks.get(b)[1]))) {
                continue;
            }
            int first = b;
            while (b + 1 < blocks.size()
                    && blocks.get(b + 1)[0] - blocks.get(b)[1] <= 2 * context
                    && keep.test(all.subList(blocks.get(b + 1)[0], blocks.get(b + 1)[1]))) {
                b++;
            }
            int previousEnd = first == 0 ? 0 : blocks.get(first - 1)[1];
            int nextStart = b + 1 < blocks.size() ? blocks.get(b + 1)[0] : all.size();
            int start = Math.max(previousEnd, blocks.get(first)[0] - context);
            int end = Math.min(nextStart, blocks.get(b)[1] + context);
            List<Line> lines = all.subList(start, end);
            int oldCount = (int) lines.stream().filter(l -> l.kind() != '+').count();
            int newCount = (int) lines.stream().filter(l -> l.kind() != '-').count();
            hunks.add(new Hunk(
                    lines.getFirst().oldIndex(), oldCount, lines.getFirst().newIndex(), newCount, List.copyOf(lines)));
        }
        return hunks;
    }
}
