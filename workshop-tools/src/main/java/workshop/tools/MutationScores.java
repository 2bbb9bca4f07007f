package workshop.tools;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code ./workshop mutation [step...]}: the mutation score of the Build track's exercise regions. It runs
 * PIT (the root pom's {@code mutation} profile) on the solutions with the Build tests, then counts only
 * the mutations inside Build exercises' regions: those are the lines a learner writes, and a mutant there
 * that no test kills is a wrong solution the tests would accept. Given code around the regions, demos and
 * the Use track (whose tests need a nats-server) are left out. It complements {@code ./workshop mistakes}:
 * PIT's mutants are mechanical (a flipped condition, a removed call), the corpus's mistakes are what
 * learners really write. Not part of CI: it takes minutes.
 */
final class MutationScores {

    private final Path root;
    private final PrintStream out;

    MutationScores(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** One PIT mutation, as its XML report gives it. */
    record Mutation(String file, int line, boolean detected, String description) {}

    /** A Build exercise's score: its regions' mutations, and those no test detected. */
    record Score(Exercise exercise, int mutations, List<Mutation> survivors) {

        int detected() {
            return mutations - survivors.size();
        }
    }

    int run(List<String> arguments, boolean verbose) {
        List<Step> steps = Step.select(root, arguments);
        Path log = root.resolve(".workshop/logs/mutation.log");
        out.println("Running PIT on the Build track of " + steps.size() + " step(s) (minutes; log "
                + Steps.relative(root, log) + ")...");
        List<String> maven = List.of(
                "-B",
                "-Psolutions,mutation",
                "-pl",
                String.join(",", steps.stream().map(Step::module).toList()),
                "test-compile",
                "org.pitest:pitest-maven:mutationCoverage");
        if (new MavenRunner(root).run(maven, log) != 0) {
            out.println(MavenRunner.tail(log, 40));
            out.println("FAILED: PIT did not finish. Log: " + Steps.relative(root, log));
            return 1;
        }
        out.printf("%-34s %9s %9s %7s%n", "step / Build exercise", "mutations", "detected", "score");
        int allMutations = 0;
        int allDetected = 0;
        for (Step step : steps) {
            List<Score> scores = scoresOf(step, read(reportOf(step)));
            int mutations = scores.stream().mapToInt(Score::mutations).sum();
            int detected = scores.stream().mapToInt(Score::detected).sum();
            allMutations += mutations;
            allDetected += detected;
            out.printf("%-34s %9d %9d %7s%n", step.module(), mutations, detected, percent(detected, mutations));
            for (Score score : scores) {
                out.printf(
                        "  %-32s %9d %9d %7s%n",
                        score.exercise().id() + " "
                                + abbreviate(score.exercise().title(), 26),
                        score.mutations(),
                        score.detected(),
                        percent(score.detected(), score.mutations()));
                if (verbose) {
                    score.survivors()
                            .forEach(m ->
                                    out.println("      survived " + m.file() + ":" + m.line() + " " + m.description()));
                }
            }
        }
        out.printf(
                "mutation score of the Build regions: %d of %d detected (%s)%n",
                allDetected, allMutations, percent(allDetected, allMutations));
        return 0;
    }

    /** Where the solutions build of a step leaves PIT's XML report. */
    static Path reportOf(Step step) {
        return step.moduleDir().resolve("target/solutions/pit-reports/mutations.xml");
    }

    /** The Build exercises' scores from a step's mutations: only those on lines inside their regions count. */
    static List<Score> scoresOf(Step step, List<Mutation> mutations) {
        Map<String, String> sources = new HashMap<>(); // "workshop/step01/build/Broker.java" -> its text
        for (Path file : StepCompiler.javaFiles(step.solutionSources())) {
            sources.put(step.solutionSources().relativize(file).toString().replace('\\', '/'), Generator.read(file));
        }
        List<Score> scores = new ArrayList<>();
        for (Exercise exercise : step.exercises()) {
            if (exercise.track().equals("Build")) {
                List<Mutation> inRegions = mutations.stream()
                        .filter(m -> inRegion(sources.get(m.file()), exercise.id(), m.line()))
                        .toList();
                scores.add(new Score(
                        exercise,
                        inRegions.size(),
                        inRegions.stream().filter(m -> !m.detected()).toList()));
            }
        }
        return scores;
    }

    /** Whether the line lies strictly between a BEGIN and an END of the exercise in that source. */
    private static boolean inRegion(String source, String exerciseId, int line) {
        return source != null
                && SkeletonWriter.regionLines(source, exerciseId).stream()
                        .anyMatch(region -> line > region[0] && line < region[1]);
    }

    /** PIT's mutations.xml: each mutation's source file (relative to the source root), line and whether a test detected it. */
    static List<Mutation> read(Path report) {
        if (!Files.exists(report)) {
            return List.of();
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList nodes = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
            List<Mutation> mutations = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element mutation = (Element) nodes.item(i);
                String mutatedClass = text(mutation, "mutatedClass");
                int dot = mutatedClass.lastIndexOf('.');
                String folder = dot < 0 ? "" : mutatedClass.substring(0, dot).replace('.', '/') + "/";
                mutations.add(new Mutation(
                        folder + text(mutation, "sourceFile"),
                        Integer.parseInt(text(mutation, "lineNumber")),
                        mutation.getAttribute("detected").equals("true"),
                        text(mutation, "description")));
            }
            return mutations;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read PIT's report " + report + ": " + e, e);
        }
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : Math.round(100.0 * part / whole) + " %";
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
