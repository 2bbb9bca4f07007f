package workshop.tools;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One test's outcome, as Surefire reported it.
 *
 * @param testClass   fully qualified name of the test class
 * @param displayName the test's {@code @DisplayName}, which starts with its exercise id
 * @param message     the failure's message; empty when it passed
 */
public record TestResult(String testClass, String displayName, Outcome outcome, String message) {

    public enum Outcome {
        PASSED,
        FAILED,
        ERROR,
        SKIPPED
    }

    /**
     * How the test kit's skip of a test starts when the run's nats-server is older than the test
     * needs: {@code needs nats-server 2.11+ (exercise 4.12); this run has 2.9.10 from …}.
     */
    public static final String NEEDS_SERVER = "needs nats-server ";

    private static final Pattern NEEDED_RELEASE = Pattern.compile("^" + Pattern.quote(NEEDS_SERVER) + "(\\S+?)\\+");

    // Surefire names a parameterized test "method(Type, Type) <its display name>": skip that prefix.
    private static final Pattern LEADING_ID = Pattern.compile("^(?:[\\w$]+\\([^)]*\\)\\s+)?(\\d+\\.\\d+)\\s");

    /**
     * How a report adds an unsolved exercise's message that only a cause carried (a timeout whose last
     * attempt threw it), so that the learner's report can show that clean line.
     */
    public static final String UNSOLVED_CAUSE = "\nCaused by: ";

    /** The message as the test itself reported it, without an {@link #UNSOLVED_CAUSE} the tools added. */
    public String ownMessage() {
        int added = message.indexOf(UNSOLVED_CAUSE);
        return added < 0 ? message : message.substring(0, added);
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    public boolean red() {
        return outcome == Outcome.FAILED || outcome == Outcome.ERROR;
    }

    /** The exercise this test belongs to: the id its display name starts with. */
    public Optional<String> exerciseId() {
        return exerciseIdOf(displayName);
    }

    /** The exercise id a display name starts with ("5.3 redelivers …" gives 5.3), as reports or JUnit give it. */
    public static Optional<String> exerciseIdOf(String displayName) {
        Matcher m = LEADING_ID.matcher(displayName);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** For a test skipped because this run's server is too old: the release it needs ("2.11"). */
    public Optional<String> neededServer() {
        if (outcome != Outcome.SKIPPED) {
            return Optional.empty();
        }
        Matcher m = NEEDED_RELEASE.matcher(message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Class and display name: unique within a step. */
    public String key() {
        return testClass + " > " + displayName;
    }
}
