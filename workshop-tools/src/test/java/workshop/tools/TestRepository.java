package workshop.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny workshop repository in a temporary folder for the learner commands' tests: a root pom.xml
 * with one step, {@code step01-demo}, whose two exercises live in one file, its solution, and the
 * skeleton generated from it.
 */
final class TestRepository {

    static final String SOLUTION = """
            package demo;

            /** Greets. */
            public class Greeter {

                public String greet(String name) {
                    // EXERCISE 1.1 BEGIN: Say hello.
                    return "Hello, " + name;
                    // EXERCISE 1.1 END
                }

                public String leave(String name) {
                    // EXERCISE 1.2 BEGIN: Say goodbye.
                    return "Bye, " + name;
                    // EXERCISE 1.2 END
                }
            }
            """;

    static final String EXERCISES = """
            {
              "module": "step01-demo",
              "title": "Demo",
              "minutes": 30,
              "exercises": [
                {"id": "1.1", "title": "Say hello", "track": "Build", "file": "demo/Greeter.java", "test": "demo.GreetTest",
                 "goal": "Greet.", "hints": ["first hint", "second hint"]},
                {"id": "1.2", "title": "Say goodbye", "track": "Build", "file": "demo/Greeter.java", "test": "demo.LeaveTest",
                 "goal": "Leave.", "hints": ["only hint"], "needs": ["1.1"]}
              ]
            }
            """;

    private TestRepository() {}

    /** Creates the repository under {@code root}; the skeleton is generated as {@code ./workshop generate} would. */
    static Step create(Path root) {
        write(
                root.resolve("pom.xml"),
                "<project><modules>\n<module>workshop-tools</module>\n<module>step01-demo</module>\n</modules></project>\n");
        write(root.resolve("step01-demo/exercises.json"), EXERCISES);
        write(root.resolve("step01-demo/README.md"), "# Demo\n<!-- exercises:begin -->\n<!-- exercises:end -->\n");
        write(root.resolve("solutions/step01-demo/src/main/java/demo/Greeter.java"), SOLUTION);
        Step step = Step.load(root, "step01-demo");
        Generator.generate(step);
        return step;
    }

    static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
