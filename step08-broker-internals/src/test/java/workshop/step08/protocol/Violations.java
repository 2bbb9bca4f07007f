package workshop.step08.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import workshop.testkit.Exercise;

/**
 * Asserts that input is rejected with one {@link ProtocolError}, and says what happened when it is not.
 * {@code assertThatThrownBy(…).as(…)} would lose its description when nothing is thrown ("Expecting code to
 * raise a throwable."); here every failure names the exercise, the input, what was expected and what came
 * instead: nothing thrown (and what the code returned), another exception, or another error.
 */
final class Violations {

    private Violations() {}

    /**
     * {@code call} must throw a {@link ProtocolViolation} with {@code expected}.
     *
     * @param what the input and why it must be rejected, e.g. {@code size("-1"): a size has no sign}
     * @param call the code under test; what it returns is shown when it throws nothing
     */
    static void assertViolation(Exercise exercise, ProtocolError expected, String what, Callable<?> call) {
        Object returned;
        try {
            returned = call.call();
        } catch (ProtocolViolation violation) {
            assertThat(violation.error())
                    .as(exercise.says(
                            "%s must be rejected with %s, but it was rejected with %s (\"%s\")",
                            what, expected, violation.error(), violation.getMessage()))
                    .isEqualTo(expected);
            return;
        } catch (UnsupportedOperationException unsolved) {
            throw unsolved; // an unsolved exercise says so itself
        } catch (Exception e) {
            throw new AssertionError(
                    exercise.says(
                            "%s must be rejected with a ProtocolViolation %s, but it threw %s", what, expected, e),
                    e);
        }
        throw new AssertionError(exercise.says(
                "%s must be rejected with %s, but nothing was thrown: it returned %s", what, expected, returned));
    }
}
