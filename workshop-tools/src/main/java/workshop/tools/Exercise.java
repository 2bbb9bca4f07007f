package workshop.tools;

import java.util.List;
import java.util.Locale;

/**
 * One exercise as {@code exercises.json} describes it.
 *
 * @param id    "1.2": the step's number, a dot, the exercise's number
 * @param file  the exercise's source file, relative to {@code src/main/java}
 * @param test  the fully qualified name of its test class
 * @param hints progressive hints, gentlest first
 * @param needs earlier exercises of the step this one builds on: until they are solved, its tests may
 *              fail naming them instead
 */
public record Exercise(String id, String title, String track, String file, String test, String goal, List<String> hints,
                       List<String> needs) {

    /** The README heading of this exercise: {@code 1.2 Match wildcards}. */
    public String heading() {
        return id + " " + title;
    }

    /** The anchor GitHub gives {@link #heading()}: {@code 12-match-wildcards}. */
    public String anchor() {
        StringBuilder slug = new StringBuilder();
        for (char c : heading().toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.append(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        }
        return slug.toString();
    }

    /** Where a learner reads about it, e.g. {@code step01-core-pubsub/README.md#12-match-wildcards}. */
    public String readmeLink(String module) {
        return module + "/README.md#" + anchor();
    }

    /** The message an unsolved skeleton throws: names the exercise and where to read. */
    public String notSolvedMessage(String module) {
        return "Exercise " + id + " is not solved yet: " + title + ". Read " + readmeLink(module);
    }

    /** The simple name of the test class. */
    public String testClassSimpleName() {
        return test.substring(test.lastIndexOf('.') + 1);
    }
}
