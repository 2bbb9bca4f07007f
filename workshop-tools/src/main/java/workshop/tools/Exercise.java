package workshop.tools;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One exercise as {@code exercises.json} describes it.
 *
 * @param id    "1.2": the step's number, a dot, the exercise's number
 * @param file  the exercise's source file, relative to {@code src/main/java}
 * @param test  the fully qualified name of its test class
 * @param hints progressive hints, gentlest first
 * @param needs earlier exercises of the step this one builds on: until they are solved, its tests may
 *              fail naming them instead
 * @param needsServer the oldest nats-server release its tests run on ("2.11"), when it uses a newer
 *              feature: on an older server the test kit skips its tests with a message that says so
 */
public record Exercise(
        String id,
        String title,
        String track,
        String file,
        String test,
        String goal,
        List<String> hints,
        List<String> needs,
        Optional<String> needsServer) {

    /** An exercise that runs on every supported server. */
    public Exercise(
            String id,
            String title,
            String track,
            String file,
            String test,
            String goal,
            List<String> hints,
            List<String> needs) {
        this(id, title, track, file, test, goal, hints, needs, Optional.empty());
    }

    /** The README heading of this exercise: {@code 1.2 Match wildcards}. */
    public String heading() {
        return id + " " + title;
    }

    /** The anchor GitHub gives {@link #heading()}: {@code 12-match-wildcards}. */
    public String anchor() {
        return anchorOf(heading());
    }

    /**
     * The anchor GitHub gives a heading's text: lower-case; letters, digits, {@code -} and {@code _}
     * kept, a space made {@code -}, everything else dropped. The check reads every README link's
     * anchor by this same rule.
     */
    public static String anchorOf(String heading) {
        StringBuilder slug = new StringBuilder();
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
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
