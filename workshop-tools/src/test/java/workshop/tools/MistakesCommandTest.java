package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./workshop mistakes} on the tiny repository (TestRepository): its two exercises' tests run in
 * process against the solution with each mistake applied, and every way a mistake can end is shown:
 * caught with its words, caught without them, survived, no longer applying, and too few of them.
 */
class MistakesCommandTest {

    @TempDir
    Path root;

    private Step step;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

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
                        org.junit.jupiter.api.Assertions.assertEquals("Hello, Ann", new Greeter().greet("Ann"),
                                "Exercise 1.1: the greeting says hello, then the name");
                    }

                    @Test
                    @DisplayName("1.1 greets an empty name too")
                    void greetsEmpty() {
                        org.junit.jupiter.api.Assertions.assertEquals("Hello, ", new Greeter().greet(""),
                                "Exercise 1.1: an empty name still gets its hello");
                    }
                }
                """);
        TestRepository.write(root.resolve("step01-demo/src/test/java/demo/LeaveTest.java"), """
                package demo;

                import org.junit.jupiter.api.DisplayName;
                import org.junit.jupiter.api.Test;

                class LeaveTest {
                    @Test
                    @DisplayName("1.2 says goodbye")
                    void leaves() {
                        org.junit.jupiter.api.Assertions.assertTrue(new Greeter().leave("Ann").startsWith("Bye"),
                                "Exercise 1.2: the goodbye starts with Bye");
                    }
                }
                """);
    }

    private String corpus(String mistakes) {
        TestRepository.write(MistakeCorpus.fileOf(step), "# Mistakes\n\nIntroduction.\n\n" + mistakes);
        return mistakes;
    }

    private int run(String... arguments) {
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        return new MistakesCommand(root, out, s -> WatchKeysTest.junitJars()).run(List.of(arguments));
    }

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static final String CAUGHT = """
            ## 1.1 no space after the comma

            The learner believes the greeting's comma needs no space.

            Says: hello, then the name

            ```diff
            -        return "Hello, " + name;
            +        return "Hello," + name;
            ```
            """;

    @Test
    @DisplayName("a mistake is caught when a test of its exercise fails saying its words, and the exercise is named")
    void caught() {
        corpus(CAUGHT);

        assertThat(run("1.1")).as(output()).isZero();
        assertThat(output())
                .contains("caught   1.1 \"no space after the comma\"")
                .contains("mistakes: 1 caught and named, 0 not");
    }

    @Test
    @DisplayName("a caught mistake whose first failure does not say its words fails, showing what the failure said")
    void unnamed() {
        corpus(CAUGHT.replace("Says: hello, then the name", "Says: comma"));

        assertThat(run("1.1")).isEqualTo(1);
        assertThat(output())
                .contains("UNNAMED  1.1 \"no space after the comma\": the first failure does not say \"comma\"")
                .contains("the greeting says hello, then the name");
    }

    @Test
    @DisplayName("a mistake every test passes with survives, and the report repeats its misconception")
    void survived() {
        corpus("""
                ## 1.2 goodbye in capitals

                The learner believes a goodbye is shouted.

                Says: Bye

                ```diff
                -        return "Bye, " + name;
                +        return "Bye, " + name.toUpperCase();
                ```
                """);

        assertThat(run("1.2")).isEqualTo(1);
        assertThat(output())
                .contains("SURVIVED 1.2 \"goodbye in capitals\": all 1 test(s) of 1.2 passed with it")
                .contains("The learner believes a goodbye is shouted.");
    }

    @Test
    @DisplayName("a mistake whose lines the solution no longer has is broken, with its file and line")
    void broken() {
        corpus(CAUGHT.replace("-        return \"Hello, \" + name;", "-        return \"Hi, \" + name;"));

        assertThat(run("1.1")).isEqualTo(1);
        assertThat(output())
                .contains("BROKEN   1.1 \"no space after the comma\": solutions/step01-demo/mistakes.md:5:")
                .contains("its lines are in no region of exercise 1.1");
    }

    @Test
    @DisplayName("an edit may only change the exercise's own region: 1.2's lines are not 1.1's")
    void onlyItsOwnRegion() {
        corpus(CAUGHT.replace("## 1.1", "## 1.2"));

        assertThat(run("1.2")).isEqualTo(1);
        assertThat(output()).contains("its lines are in no region of exercise 1.2");
    }

    @Test
    @DisplayName("a whole step lists the exercises with fewer mistakes than their track asks; --complete fails on them")
    void tooFew() {
        corpus(CAUGHT);

        assertThat(run("1")).isZero();
        assertThat(run("--complete", "1")).isEqualTo(1);
        assertThat(output())
                .contains("1.1 (Build) has 1 of the 3 it needs")
                .contains("1.2 (Build) has 0 of the 3 it needs");
    }

    @Test
    @DisplayName("the check reads the corpus: a mistake the solution no longer has is drift")
    void checkedForDrift() {
        corpus(CAUGHT.replace("-        return \"Hello, \" + name;", "-        return \"Hi, \" + name;"));

        List<String> problems = new DriftCheck().run(root, List.of(step));

        assertThat(problems)
                .anySatisfy(problem -> assertThat(problem)
                        .startsWith("solutions/step01-demo/mistakes.md:5: mistake 1.1 \"no space after the comma\"")
                        .contains("did the solution change?"));
    }

    @Test
    @DisplayName("a malformed corpus names its file and line")
    void malformed() {
        assertThatThrownBy(() -> MistakeCorpus.parse("m.md", "## 1.1 no words\n\nBelieves.\n\n```diff\n-a\n+b\n```\n"))
                .hasMessage("m.md:1: mistake 1.1 \"no words\" has no \"Says: …\" line: the words its first failing"
                        + " test's message must contain");
        assertThatThrownBy(() -> MistakeCorpus.parse("m.md", "## 1.1 open\n\nBelieves.\n\nSays: x\n\n```diff\n-a\n"))
                .hasMessage("m.md:7: a ```diff block that is never closed");
        assertThatThrownBy(
                        () -> MistakeCorpus.parse("m.md", "## 1.1 odd\n\nBelieves.\n\nSays: x\n\n```diff\n*a\n```\n"))
                .hasMessageContaining("m.md:8: a diff line starts with '-', '+' or a space");
    }

    @Test
    @DisplayName("a diff block's unchanged lines anchor it and stay; several blocks apply in order")
    void contextAndSeveralBlocks() {
        List<Mistake> mistakes = MistakeCorpus.parse("m.md", """
                ## 1.1 two edits

                Believes two things.

                Says: x

                ```diff
                 public String greet(String name) {
                     // EXERCISE 1.1 BEGIN: Say hello.
                -    return "Hello, " + name;
                +    return "Hello " + name;
                ```
                """);
        assertThat(mistakes).singleElement().satisfies(m -> {
            assertThat(m.misconception()).isEqualTo("Believes two things.");
            assertThat(m.edits().getFirst().before()).hasSize(3);
        });
        // The BEGIN line is outside the region's body, so this edit finds nothing inside it.
        assertThatThrownBy(() -> new MistakePatch(step).apply(mistakes.getFirst()))
                .hasMessageContaining("its lines are in no region of exercise 1.1");
    }
}
