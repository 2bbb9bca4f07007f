package workshop.tools;

import java.util.List;
import java.util.Locale;

/**
 * One mistake learners really make in one exercise, as its step's {@code mistakes.md} writes it: a
 * misconception in one sentence, the words the exercise's first failing test must say, and the edit that
 * turns the solution's region into the almost-right code a learner writes. {@code ./workshop mistakes}
 * applies it ({@link MistakePatch}) and runs the exercise's tests on the result ({@link MistakesCommand}).
 *
 * @param exerciseId    the exercise whose region the edit changes ("1.2")
 * @param name          a few words that name the mistake, the heading's text after the id
 * @param misconception what the learner believes, in one sentence
 * @param says          words the first failure's message must contain (case and spacing do not matter)
 * @param edits         what changes in the region, in order; each one must match exactly one place
 * @param line          the line of the heading in {@code mistakes.md}, for messages
 */
record Mistake(String exerciseId, String name, String misconception, String says, List<Edit> edits, int line) {

    /**
     * One {@code diff} block: the lines it finds (context and {@code -} lines) and what stands there
     * afterwards (context and {@code +} lines). Lines are compared without their leading and trailing
     * spaces, so a re-indented solution still matches.
     */
    record Edit(List<String> before, List<String> after) {}

    /** {@code 1.2 "> matched to zero tokens"}: how reports name it. */
    String label() {
        return exerciseId + " \"" + name + "\"";
    }

    /** Whether a failure message says what this mistake expects it to say. */
    boolean isNamedBy(String message) {
        return normalized(message).contains(normalized(says));
    }

    private static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
