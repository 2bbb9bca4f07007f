package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./workshop check} on a tiny repository: what names an exercise or a README section must
 * find it, and the needs the code implies must be in exercises.json. Every finding says file:line
 * (or the exercises.json) and what to do.
 */
class DriftCheckTest {

    /** A second file whose exercise, 1.3, calls the code of 1.1 and 1.2 (both in Greeter.java). */
    private static final String SHOUTER = """
            package demo;

            /** Shouts a greeting. */
            public class Shouter {

                public String shout(String name) {
                    // EXERCISE 1.3 BEGIN: Greet, louder.
                    Greeter greeter = new Greeter();
                    return (greeter.greet(name) + " " + greeter.leave(name)).toUpperCase();
                    // EXERCISE 1.3 END
                }
            }
            """;

    @TempDir
    Path root;

    @BeforeEach
    void repository() {
        TestRepository.create(root);
        TestRepository.write(
                root.resolve("README.md"),
                "# Workshop\n\n## Prerequisites\n\nA JDK. Then [step 1](step01-demo/README.md#11-say-hello).\n");
    }

    private List<String> check() {
        return new DriftCheck().run(root, Step.all(root));
    }

    private void withShouter(String needsOfShouter) {
        String exercises = TestRepository.EXERCISES.replace("""
                 "goal": "Leave.", "hints": ["only hint"], "needs": ["1.1"]}""", """
                 "goal": "Leave.", "hints": ["only hint"], "needs": ["1.1"]},
                {"id": "1.3", "title": "Shout", "track": "Build", "file": "demo/Shouter.java", "test": "demo.ShoutTest",
                 "goal": "Shout."%s}""".formatted(
                needsOfShouter.isEmpty() ? ", \"hints\": []" : ", \"hints\": [], \"needs\": " + needsOfShouter));
        TestRepository.write(root.resolve("step01-demo/exercises.json"), exercises);
        TestRepository.write(root.resolve("solutions/step01-demo/src/main/java/demo/Shouter.java"), SHOUTER);
        Generator.generate(Step.load(root, "step01-demo"));
    }

    @Test
    @DisplayName("a repository whose ids, links and needs are all in place passes")
    void clean() {
        TestRepository.write(root.resolve("step01-demo/src/test/java/demo/GreetTest.java"), """
                package demo;

                class GreetTest {
                    private static final Exercise EXERCISE = Exercise.of("1.1");
                    // see step01-demo/README.md#11-say-hello, README.md#prerequisites, and the elided README.md#12-…
                }
                """);
        TestRepository.write(
                root.resolve("AUTHORING.md"),
                "# Authoring\n\nA link shown as code is no link: `[text](#anchor)`.\n\n"
                        + "```\n[text](../step01-demo/README.md#anchor)\n```\n");
        assertThat(check()).isEmpty();
    }

    @Test
    @DisplayName("a file the learner writes whole is not in the skeleton: generate leaves it out, check wants it out")
    void wholeFile() {
        String exercises = TestRepository.EXERCISES.replace("""
                 "goal": "Leave.", "hints": ["only hint"], "needs": ["1.1"]}""", """
                 "goal": "Leave.", "hints": ["only hint"], "needs": ["1.1"]},
                {"id": "1.3", "title": "Write a shouter", "track": "Build", "file": "demo/Shouter.java",
                 "test": "demo.ShoutTest", "goal": "Shout.", "hints": []}""");
        TestRepository.write(root.resolve("step01-demo/exercises.json"), exercises);
        TestRepository.write(root.resolve("solutions/step01-demo/src/main/java/demo/Shouter.java"), """
                package demo;

                // EXERCISE 1.3 WHOLE FILE: a class that shouts
                public class Shouter {
                    public String shout(String name) {
                        return name.toUpperCase();
                    }
                }
                """);
        Step step = Step.load(root, "step01-demo");
        Generator.generate(step);

        assertThat(root.resolve("step01-demo/src/main/java/demo/Shouter.java"))
                .as("the learner writes it: the skeleton has no such file")
                .doesNotExist();
        assertThat(check()).isEmpty();
        assertThat(Steps.editOrWrite(step, step.exercise("1.3").orElseThrow()))
                .isEqualTo(
                        "  write step01-demo/src/main/java/demo/Shouter.java (a new file, the whole class: its README"
                                + " section says what it must do)");

        TestRepository.write(root.resolve("step01-demo/src/main/java/demo/Shouter.java"), "package demo;\n");
        assertThat(check())
                .singleElement()
                .asString()
                .contains("demo/Shouter.java is the file exercise 1.3 has the learner write whole");
        assertThat(Steps.editOrWrite(step, step.exercise("1.3").orElseThrow()))
                .as("once the learner has made it, it is edited like any other")
                .startsWith("  edit ");
    }

    @Test
    @DisplayName("a test's Exercise.of naming an id its step lacks fails with file:line")
    void unknownExerciseId() {
        TestRepository.write(root.resolve("step01-demo/src/test/java/demo/GreetTest.java"), """
                package demo;

                class GreetTest {
                    private static final Exercise EXERCISE = Exercise.of("1.7");
                }
                """);
        assertThat(check())
                .singleElement()
                .asString()
                .startsWith(
                        "step01-demo/src/test/java/demo/GreetTest.java:4: Exercise.of(\"1.7\"): step01-demo/exercises.json has no exercise 1.7")
                .contains("it has 1.1, 1.2");
    }

    @Test
    @DisplayName("a step test using assertThatThrownBy fails with file:line; a comment naming it does not")
    void assertThatThrownByLosesTheDescription() {
        TestRepository.write(root.resolve("step01-demo/src/test/java/demo/GreetTest.java"), """
                package demo;

                class GreetTest {
                    // catchThrowable, not assertThatThrownBy: the description must survive
                    void refuses() {
                        assertThatThrownBy(() -> new Greeter().greet(null)).as("1.1 refuses null");
                    }
                }
                """);
        assertThat(check())
                .singleElement()
                .asString()
                .startsWith("step01-demo/src/test/java/demo/GreetTest.java:6: assertThatThrownBy drops its description")
                .contains("assertThat(catchThrowable(() -> …)).as(…)");
    }

    @Test
    @DisplayName("a link to a heading that does not exist fails with file:line, wherever it is written")
    void brokenAnchors() {
        TestRepository.write(
                root.resolve("step01-demo/src/test/java/demo/GreetTest.java"),
                "package demo;\n\nclass GreetTest {\n    String readme = \"step01-demo/README.md#11-say-helo\";\n}\n");
        TestRepository.write(
                root.resolve("solutions/step01-demo/src/main/java/demo/Greeter.java"),
                TestRepository.SOLUTION.replace("/** Greets. */", "/** Greets (README.md#troubleshooting). */"));
        Generator.generate(Step.load(root, "step01-demo"));
        TestRepository.write(
                root.resolve("INSTRUCTORS.md"),
                "# Instructors\n\nSee [the start](#before-the-day) and"
                        + " [step 1](step01-demo/README.md#12-say-goodbye), [the lesson](step01-demo/README.md#13-shout).\n");
        TestRepository.write(
                root.resolve("step01-demo/README.md"),
                Generator.read(root.resolve("step01-demo/README.md"))
                        + "\nBack to [the prerequisites](../README.md#prerequisite).\n");

        assertThat(check())
                .containsExactlyInAnyOrder(
                        "INSTRUCTORS.md:3: #before-the-day: INSTRUCTORS.md has no heading with the anchor #before-the-day:"
                                + " link to one of its headings (anchor: the heading lower-cased, spaces as -, other punctuation dropped)",
                        "INSTRUCTORS.md:3: step01-demo/README.md#13-shout: step01-demo/README.md has no heading with the anchor #13-shout:"
                                + " link to one of its headings (anchor: the heading lower-cased, spaces as -, other punctuation dropped)",
                        "step01-demo/README.md:"
                                + lineOf(root.resolve("step01-demo/README.md"), "../README.md#prerequisite")
                                + ": ../README.md#prerequisite: README.md has no heading with the anchor #prerequisite: did you mean #prerequisites?"
                                + " link to one of its headings (anchor: the heading lower-cased, spaces as -, other punctuation dropped)",
                        "step01-demo/src/test/java/demo/GreetTest.java:4: step01-demo/README.md#11-say-helo: step01-demo/README.md has no heading"
                                + " with the anchor #11-say-helo: did you mean #11-say-hello? link to one of its headings (anchor: the heading"
                                + " lower-cased, spaces as -, other punctuation dropped)",
                        "solutions/step01-demo/src/main/java/demo/Greeter.java:3: README.md#troubleshooting: README.md has no heading with the"
                                + " anchor #troubleshooting: link to one of its headings (anchor: the heading lower-cased, spaces as -, other punctuation dropped)");
    }

    @Test
    @DisplayName(
            "a bare README.md#… in a step's source is the top-level README: fine when that has the anchor, else the step's link is named")
    void bareReadmeLink() {
        TestRepository.write(
                root.resolve("step01-demo/src/test/java/demo/GreetTest.java"),
                "package demo;\n\n// README.md#prerequisites\n// README.md#11-say-hello\nclass GreetTest {}\n");
        assertThat(check())
                .containsExactly(
                        "step01-demo/src/test/java/demo/GreetTest.java:4: README.md#11-say-hello: the top-level README.md"
                                + " has no #11-say-hello (a link in a step's files is read from the repository root): write step01-demo/README.md#11-say-hello");
    }

    @Test
    @DisplayName("a need the code implies but exercises.json lacks fails; a need covered through another need does not")
    void missingNeeds() {
        withShouter("");
        assertThat(check())
                .containsExactly(
                        "step01-demo/exercises.json: exercise 1.3 uses 1.1 (Shouter.java:9 calls greet (Greeter.java)) but its needs do not say so:"
                                + " add \"1.1\" to the \"needs\" of 1.3 (./workshop check --verbose shows every use)",
                        "step01-demo/exercises.json: exercise 1.3 uses 1.2 (Shouter.java:9 calls leave (Greeter.java)) but its needs do not say so:"
                                + " add \"1.2\" to the \"needs\" of 1.3 (./workshop check --verbose shows every use)");

        withShouter("[\"1.2\"]");
        assertThat(check()).as("1.2 needs 1.1, so needing 1.2 covers both").isEmpty();
    }

    @Test
    @DisplayName("naming another exercise's class is not using it: only calling a method that reaches its region is")
    void namingIsNotUsing() {
        withShouter("");
        TestRepository.write(
                root.resolve("solutions/step01-demo/src/main/java/demo/Shouter.java"),
                SHOUTER.replace(
                        "return (greeter.greet(name) + \" \" + greeter.leave(name)).toUpperCase();",
                        "return greeter.toString();"));
        assertThat(ExerciseUses.of(Step.load(root, "step01-demo"))).isEmpty();
    }

    @Test
    @DisplayName("exercises sharing a file use each other only when the test or the region calls the other's method")
    void sameFile() {
        TestRepository.write(
                root.resolve("step01-demo/exercises.json"),
                TestRepository.EXERCISES.replace(", \"needs\": [\"1.1\"]", ""));
        Step step = Step.load(root, "step01-demo");
        Generator.generate(step);
        TestRepository.write(
                root.resolve("step01-demo/src/test/java/demo/LeaveTest.java"),
                "package demo;\n\nclass LeaveTest {\n    void leaves() {\n        new Greeter().leave(\"Ann\");\n    }\n}\n");
        assertThat(ExerciseUses.of(step)).isEmpty();

        TestRepository.write(
                root.resolve("step01-demo/src/test/java/demo/LeaveTest.java"),
                "package demo;\n\nclass LeaveTest {\n    void leaves() {\n        var greeter = new Greeter();\n"
                        + "        greeter.greet(\"Ann\");\n        greeter.leave(\"Ann\");\n    }\n}\n");
        assertThat(ExerciseUses.of(step))
                .singleElement()
                .satisfies(use -> assertThat(
                                use.user().id() + " uses " + use.used().id() + " (" + use.reason() + ")")
                        .isEqualTo("1.2 uses 1.1 (LeaveTest.java:6 calls greet)"));
    }

    @Test
    @DisplayName(
            "in a shared file, a region calling the other's method on this object is a use; the same name on another object is not")
    void sameFileOwnCalls() {
        TestRepository.write(
                root.resolve("step01-demo/exercises.json"),
                TestRepository.EXERCISES.replace(", \"needs\": [\"1.1\"]", ""));
        String leave = "return \"Bye, \" + name;";
        TestRepository.write(
                root.resolve("solutions/step01-demo/src/main/java/demo/Greeter.java"),
                TestRepository.SOLUTION.replace(leave, "return cache.greet(name); // a map's method of the same name"));
        assertThat(ExerciseUses.of(Step.load(root, "step01-demo"))).isEmpty();

        TestRepository.write(
                root.resolve("solutions/step01-demo/src/main/java/demo/Greeter.java"),
                TestRepository.SOLUTION.replace(leave, "return this.greet(name).replace(\"Hello\", \"Bye\");"));
        assertThat(ExerciseUses.of(Step.load(root, "step01-demo")))
                .extracting(ExerciseUses.Use::reason)
                .containsExactly("Greeter.java:14 calls greet");
    }

    @Test
    @DisplayName("a type of the same simple name in another package (jnats' KeyValue, say) is not a use")
    void otherPackage() {
        withShouter("");
        TestRepository.write(root.resolve("solutions/step01-demo/src/main/java/demo/Shouter.java"), """
                package demo.use;

                import other.Greeter;

                /** Shouts with another Greeter. */
                public class Shouter {

                    public String shout(Greeter greeter) {
                        // EXERCISE 1.3 BEGIN: Greet, louder.
                        return greeter.greet(name);
                        // EXERCISE 1.3 END
                    }
                }
                """);
        assertThat(ExerciseUses.of(Step.load(root, "step01-demo"))).isEmpty();
    }

    @Test
    @DisplayName(
            "the public APIs are not compared when a source changed after the last build, which would only compare two builds")
    void staleClassesAreNotCompared() throws Exception {
        Path skeletonClass = root.resolve("step01-demo/target/classes/demo/Greeter.class");
        Path solutionClass = root.resolve("step01-demo/target/solutions/classes/demo/Greeter.class");
        TestRepository.write(skeletonClass, "not really a class");
        TestRepository.write(solutionClass, "not really a class");
        long built = System.currentTimeMillis() - 60_000;
        java.nio.file.Files.walk(root.resolve("step01-demo/target"))
                .forEach(f -> f.toFile().setLastModified(built));

        DriftCheck drift = new DriftCheck();
        drift.run(root, Step.all(root));

        assertThat(drift.notes())
                .anySatisfy(note -> assertThat(note)
                        .contains("step01-demo: public API not compared (a source changed since the last build"));
    }

    @Test
    @DisplayName("check --verbose prints which exercise uses which, and why")
    void verbose() {
        withShouter("[\"1.2\"]");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = Main.run(root, new String[] {"check", "--verbose", "step01-demo"}, new PrintStream(bytes, true));
        assertThat(bytes.toString())
                .contains("step01-demo:\n  1.3 uses 1.1  (Shouter.java:9 calls greet (Greeter.java))\n"
                        + "  1.3 uses 1.2  (Shouter.java:9 calls leave (Greeter.java))\n")
                .contains("NO DRIFT");
        assertThat(exit).isZero();
    }

    private static int lineOf(Path file, String text) {
        List<String> lines = Generator.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
