package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bare ./workshop's watch mode on a tiny repository (TestRepository) with real tests, compiled and
 * run in process, driven through its input the way a learner types: a key, then Enter.
 */
class WatchKeysTest {

    @TempDir
    Path root;

    private Step step;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Keyboard keyboard = new Keyboard();
    private final AtomicInteger exit = new AtomicInteger(-1);
    private Thread watch;

    /** Standard input that a test types into, a line at a time. */
    static final class Keyboard extends InputStream {
        private final LinkedBlockingQueue<Integer> typed = new LinkedBlockingQueue<>();

        void type(String line) {
            for (byte b : (line + "\n").getBytes(StandardCharsets.UTF_8)) {
                typed.add(b & 0xff);
            }
        }

        void close(boolean ignored) {
            typed.add(-1);
        }

        @Override
        public int read() {
            try {
                return typed.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int first = read();
            if (first < 0) {
                return -1;
            }
            buffer[offset] = (byte) first;
            int count = 1;
            while (count < length && !typed.isEmpty() && typed.peek() >= 0) {
                buffer[offset + count++] = (byte) (int) typed.poll();
            }
            return count;
        }
    }

    @BeforeEach
    void repository() {
        step = TestRepository.create(root);
        TestRepository.write(root.resolve("step01-demo/src/test/java/demo/GreetTest.java"), """
                package demo;

                import org.junit.jupiter.api.DisplayName;
                import org.junit.jupiter.api.Test;

                class GreetTest {
                    @Test
                    @DisplayName("1.1 greets by name")
                    void greets() {
                        org.junit.jupiter.api.Assertions.assertEquals("Hello, Ann", new Greeter().greet("Ann"), "Exercise 1.1: the greeting");
                    }
                }
                """);
        TestRepository.write(root.resolve("step01-demo/src/test/java/demo/LeaveTest.java"), """
                package demo;

                import org.junit.jupiter.api.DisplayName;
                import org.junit.jupiter.api.Test;

                class LeaveTest {
                    @Test
                    @DisplayName("1.2 says goodbye by name")
                    void leaves() {
                        org.junit.jupiter.api.Assertions.assertEquals("Bye, Ann", new Greeter().leave("Ann"), "Exercise 1.2: the goodbye");
                    }
                }
                """);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (watch != null && watch.isAlive()) {
            watch.interrupt();
            watch.join(5_000);
        }
    }

    /** The jars this test JVM runs JUnit from: what Maven would list as the step's test classpath. */
    static List<Path> junitJars() {
        List<Path> jars = new ArrayList<>();
        for (String type : List.of(
                "org.junit.jupiter.api.Test",
                "org.junit.jupiter.engine.JupiterTestEngine",
                "org.junit.platform.engine.TestEngine",
                "org.junit.platform.launcher.core.LauncherFactory",
                "org.junit.platform.commons.util.ReflectionUtils",
                "org.opentest4j.AssertionFailedError",
                "org.apiguardian.api.API",
                "org.jspecify.annotations.Nullable")) {
            try {
                Path jar = Path.of(Class.forName(type)
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
                if (!jars.contains(jar)) {
                    jars.add(jar);
                }
            } catch (ClassNotFoundException absent) {
                // an optional annotation library this JUnit version does without
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return jars;
    }

    private void startWatch(List<String> arguments) {
        Terminal terminal = Terminal.plain(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        WatchCommand command = new WatchCommand(root, terminal, keyboard, s -> junitJars());
        watch = new Thread(() -> exit.set(command.run(arguments)), "watch-under-test");
        watch.setDaemon(true);
        watch.start();
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Types a key and waits until the output shows {@code expected} after what was there before. */
    private String press(String key, String expected) {
        int before = output().length();
        keyboard.type(key);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> output().substring(before).contains(expected));
        return output().substring(before);
    }

    @Test
    @DisplayName(
            "bare watch starts on the next unsolved exercise; h, l, s, n, r, w and q do what they say; a save runs the saved exercise")
    void keys() {
        startWatch(List.of());
        await().atMost(Duration.ofSeconds(60)).until(() -> output().contains("Now: 1.1 Say hello"));
        assertThat(output())
                .contains("Watching step01-demo")
                .contains(WatchCommand.KEYS)
                .contains("0 of 2 exercises of step01-demo solved")
                .contains("Exercise 1.1 is not solved yet")
                .as("a whole-step run details the exercise in focus only")
                .doesNotContain("Exercise 1.2 is not solved yet");

        assertThat(press("h", "Hint 1 of 2:")).contains("first hint").contains("h again gives Hint 2.");
        assertThat(press("h", "Hint 2 of 2:"))
                .contains("second hint")
                .contains("Next stop: s, the solution's difference");

        String list = press("l", "1.2");
        assertThat(list)
                .containsPattern("(?m)^> 1\\.1 +Say hello +not yet")
                .containsPattern("(?m)^  1\\.2 +Say goodbye");

        keyboard.type("s");
        await().atMost(Duration.ofSeconds(10)).until(() -> output().contains("It gives the answer away. [y/N]"));
        assertThat(press("n", "Not shown.")).doesNotContain("+        return");
        String diff = press("s", "[y/N]");
        diff += press("y", "Lines with - are yours");
        assertThat(diff).contains("+        return \"Hello, \" + name;");

        Path greeter = step.skeletonSources().resolve("demo/Greeter.java");
        int beforeSave = output().length();
        TestRepository.write(
                greeter,
                TestRepository.read(greeter)
                        .replaceAll(
                                "(?s)// TODO Exercise 1.1.*?\\n(\\s*)throw[^\\n]*1\\.1[^\\n]*",
                                "return \"Hello, \" + name;"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> output().substring(beforeSave).contains("Now: 1.2 Say goodbye"));
        String saved = output().substring(beforeSave);
        assertThat(saved)
                .contains("Greeter.java saved: running the tests of 1.1, 1.2")
                .containsPattern("1\\.1 +Say hello +solved +1/1 tests")
                .contains("Exercise 1.1 is solved.");

        assertThat(press("n", "No exercise after 1.2")).contains("this is the last step");
        assertThat(press("r", "of step01-demo solved"))
                .contains("r: running every test of step01-demo")
                .contains("1 of 2 exercises of step01-demo solved");
        assertThat(press("x", "Unknown key 'x'")).contains(WatchCommand.KEYS);
        assertThat(press("w", "No NATS traffic"))
                .as("a Build exercise's tests use no server")
                .contains("w: running the tests of 1.2");

        press("q", "Bye.");
        await().atMost(Duration.ofSeconds(10)).until(() -> !watch.isAlive());
        assertThat(exit.get()).isZero();
        assertThat(SurefireReports.read(SurefireReports.watchReports(step)))
                .as("status reads what the watch ran")
                .hasSize(2);
    }

    @Test
    @DisplayName("the next exercise is the first unsolved one by the latest results, the first of all before any run")
    void nextExercise() {
        assertThat(NextExercise.find(root))
                .map(located -> located.exercise().id())
                .contains("1.1");
        SurefireReports.write(
                SurefireReports.watchReports(step),
                "demo.GreetTest",
                List.of(new TestResult("demo.GreetTest", "1.1 greets by name", TestResult.Outcome.PASSED, "")));
        assertThat(NextExercise.find(root))
                .map(located -> located.exercise().id())
                .contains("1.2");
        SurefireReports.write(
                SurefireReports.watchReports(step),
                "demo.LeaveTest",
                List.of(new TestResult("demo.LeaveTest", "1.2 says goodbye by name", TestResult.Outcome.PASSED, "")));
        assertThat(NextExercise.find(root)).isEmpty();
    }

    @Test
    @DisplayName(
            "bare ./workshop outside a terminal (a script, a pipe) prints the commands instead of waiting for keys")
    void bareOutsideATerminal() {
        assertThat(Main.run(root, new String[0], Terminal.plain(new PrintStream(bytes, true, StandardCharsets.UTF_8))))
                .isZero();
        assertThat(output()).contains("For learners:").contains("watch mode on your next exercise");
    }

    @Test
    @DisplayName("watch <exercise> starts on that exercise, and a closed input leaves saves running the tests")
    void startsOnAnExercise() {
        startWatch(List.of("1.2"));
        await().atMost(Duration.ofSeconds(60)).until(() -> output().contains("Now: 1.2 Say goodbye"));
        keyboard.close(true);
        Path greeter = step.skeletonSources().resolve("demo/Greeter.java");
        int beforeSave = output().length();
        TestRepository.write(greeter, TestRepository.read(greeter) + "\n");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> output().substring(beforeSave).contains("exercises of step01-demo solved"));
        assertThat(watch.isAlive()).isTrue();
    }
}
