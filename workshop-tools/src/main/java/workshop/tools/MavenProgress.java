package workshop.tools;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Maven's output, line by line, into one progress line while {@code ./workshop test} runs:
 * which module it builds, then a bar of the test classes finished so far and the one running now.
 * On a terminal the line redraws itself; elsewhere nothing is shown (the full output is in the log).
 */
final class MavenProgress implements Consumer<String> {

    // [INFO] --- compiler:3.16.0:testCompile (default-testCompile) @ step01-core-pubsub ---
    private static final Pattern GOAL =
            Pattern.compile("^\\[INFO\\] --- (?:[\\w.-]+:)?([\\w-]+):[^:\\s]+:([\\w-]+) .*@ ([\\w.-]+) ---");
    // [INFO] Running workshop.step01.build.SubjectMatchingTest
    private static final Pattern RUNNING = Pattern.compile("^\\[INFO\\] Running ([\\w.$]+)\\s*$");
    // [INFO] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 0.1 s -- in
    // workshop.step01.build.SubjectMatchingTest
    private static final Pattern FINISHED = Pattern.compile("Tests run: \\d+, .* in ([\\w.$]+)\\s*$");

    private final Terminal terminal;
    private final String step;
    private final int testClasses;
    private final long started;
    private String doing = "starting Maven";
    private boolean testing;
    private int finished;

    /** @param step the module whose tests run: the bar starts when its tests do */
    MavenProgress(Terminal terminal, String step, int testClasses, long startedNanos) {
        this.terminal = terminal;
        this.step = step;
        this.testClasses = testClasses;
        this.started = startedNanos;
    }

    @Override
    public synchronized void accept(String line) {
        Matcher goal = GOAL.matcher(line);
        Matcher running = RUNNING.matcher(line);
        Matcher done = FINISHED.matcher(line);
        if (goal.find()) {
            String module = goal.group(3);
            testing = goal.group(2).equals("test") && module.equals(step);
            doing = switch (goal.group(2)) {
                case "compile" -> "compiling " + module;
                case "testCompile" -> "compiling the tests of " + module;
                case "test" -> testing ? "starting the tests" : "building " + module;
                default -> "building " + module;
            };
        } else if (running.find()) {
            doing = simpleName(running.group(1));
        } else if (done.find()) {
            finished++;
        } else {
            return;
        }
        terminal.progress(line());
    }

    /** Redraws the line every half second until interrupted. */
    Thread ticking() {
        return Thread.ofPlatform().daemon().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                terminal.progress(line());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** {@code  12 s [#####...............] 2/9 test classes  SubjectMatchingTest}. */
    synchronized String line() {
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        String time = String.format("%4d s ", seconds);
        if (!testing) {
            return time + doing;
        }
        int total = Math.max(testClasses, finished);
        return time + Terminal.bar(finished, total, 20) + " " + finished + "/" + total + " test classes  " + doing;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
