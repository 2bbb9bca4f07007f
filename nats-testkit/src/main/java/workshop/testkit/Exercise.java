package workshop.testkit;

import workshop.tools.Step;

/**
 * The exercise a test class checks, looked up by its id in the step's {@code exercises.json}: the one place
 * an exercise's title and README section are written. A test names its exercise once,
 * <pre>{@code private static final Exercise EXERCISE = Exercise.of("5.5");}</pre>
 * and takes every failure message from it: {@code .as(EXERCISE.says("an unacked message comes back"))}
 * gives {@code Exercise 5.5: an unacked message comes back (see step05-consumers-acks/README.md#55-pull-ack-and-redeliver)}.
 * Renaming an exercise in {@code exercises.json} renames every link; {@code ./workshop check} fails on a
 * test that names an id its step does not have.
 */
public final class Exercise {

    private final String id;
    private final String title;
    private final String readmeLink;

    private Exercise(String id, String title, String readmeLink) {
        this.id = id;
        this.title = title;
        this.readmeLink = readmeLink;
    }

    /**
     * The exercise with this id in the step of the calling test class.
     *
     * @throws IllegalArgumentException when the step has no such exercise, or the caller is in no step
     */
    public static Exercise of(String id) {
        Class<?> caller = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
                .getCallerClass();
        return of(id, caller);
    }

    /** The exercise with this id in the step that {@code testClass} belongs to. */
    public static Exercise of(String id, Class<?> testClass) {
        Step step = ExerciseMetadata.forTestClass(testClass)
                .step()
                .orElseThrow(() -> new IllegalArgumentException("Exercise.of(\"" + id + "\") in " + testClass.getName()
                        + ": no exercises.json found above its classes or in the working directory"));
        workshop.tools.Exercise exercise = step.exercise(id)
                .orElseThrow(() -> new IllegalArgumentException("Exercise.of(\"" + id + "\") in " + testClass.getName()
                        + ": " + step.module() + "/exercises.json has no exercise " + id));
        return new Exercise(exercise.id(), exercise.title(), exercise.readmeLink(step.module()));
    }

    /** "5.5". */
    public String id() {
        return id;
    }

    /** "Pull, ack and redeliver", as {@code exercises.json} says. */
    public String title() {
        return title;
    }

    /** Where to read about it, from the repository's root: {@code step05-consumers-acks/README.md#55-pull-ack-and-redeliver}. */
    public String readme() {
        return readmeLink;
    }

    /** A failure message: {@code Exercise 5.5: <what> (see <readme>)}. Say what was expected and, where it helps, why. */
    public String says(String what) {
        return "Exercise " + id + ": " + what + " (see " + readmeLink + ")";
    }

    /** The same, formatted: {@code says(String.format(format, args))}. */
    public String says(String format, Object... args) {
        return says(String.format(format, args));
    }

    @Override
    public String toString() {
        return "Exercise " + id + " " + title;
    }
}
