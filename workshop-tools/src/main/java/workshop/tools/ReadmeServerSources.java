package workshop.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The parts of the top-level README.md that describe where the tests' nats-server comes from,
 * generated from {@link ServerSourceOrder} so that the README cannot say another order, variable or
 * image than the test kit uses. Each part sits between {@code <!-- name:begin -->} and
 * {@code <!-- name:end -->}; {@code ./workshop generate} writes them, {@code ./workshop check} fails
 * when they differ. Everything outside the markers is the author's.
 */
final class ReadmeServerSources {

    static final String README = "README.md";

    /** Each generated part by its marker name, in the order they appear in the README. */
    private static final List<Map.Entry<String, String>> PARTS = List.of(
            Map.entry("server-sources", ServerSourceOrder.readmeSources()),
            Map.entry("docker-variables", ServerSourceOrder.readmeDockerVariables()));

    private ReadmeServerSources() {}

    /** The README as it should be: every part between its markers replaced by what it is generated from. */
    static String expected(String readme) {
        String result = readme;
        for (var part : PARTS) {
            String begin = "<!-- " + part.getKey() + ":begin -->\n";
            String end = "<!-- " + part.getKey() + ":end -->";
            int from = result.indexOf(begin);
            int to = result.indexOf(end, Math.max(from, 0));
            if (from < 0 || to < 0) {
                throw new IllegalStateException(README + " has no '" + begin.strip() + "' and '" + end
                        + "' around its generated part: put the markers back"
                        + " where the README describes the NATS server's sources");
            }
            result = result.substring(0, from + begin.length()) + part.getValue() + "\n" + result.substring(to);
        }
        return result;
    }

    /** Writes the generated parts into the README; returns whether it changed. */
    static boolean generate(Path root) {
        Path file = root.resolve(README);
        String actual = Generator.read(file);
        String expected = expected(actual);
        if (expected.equals(actual)) {
            return false;
        }
        Generator.write(file, expected);
        return true;
    }

    /** What is wrong with the README's generated parts: nothing when they are what generate writes. */
    static List<String> problems(Path root) {
        List<String> problems = new ArrayList<>();
        try {
            String actual = Generator.read(root.resolve(README));
            String expected = expected(actual);
            if (!expected.equals(actual)) {
                problems.add(
                        README + ": the NATS server sources are not what workshop-tools' ServerSourceOrder generates: "
                                + DriftCheck.firstDifference(expected, actual));
            }
        } catch (IllegalStateException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }
}
