package workshop.tools;

import java.util.List;

/**
 * Renders a step's exercise sections from {@code exercises.json} into its README, between the
 * markers {@code <!-- exercises:begin -->} and {@code <!-- exercises:end -->}. The hints a learner
 * reads in the README and the ones {@code ./workshop hint} shows are then the same text.
 */
final class ReadmeExercises {

    static final String BEGIN = "<!-- exercises:begin -->";
    static final String END = "<!-- exercises:end -->";

    private ReadmeExercises() {}

    /** The README with its generated part rendered anew; fails when the markers are missing. */
    static String render(Step step, String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(step.module() + "/README.md needs the markers " + BEGIN + " and " + END);
        }
        return readme.substring(0, begin + BEGIN.length()) + "\n" + sections(step) + readme.substring(end);
    }

    private static String sections(Step step) {
        StringBuilder md = new StringBuilder();
        md.append("<!-- Generated from exercises.json by ./workshop generate: edit that file, not this part. -->\n");
        md.append(
                "\nEach exercise's hints are folded below, gentlest first. In a terminal or a raw view they all show at once:"
                        + " `./workshop hint <exercise>` gives them one at a time.\n");
        for (Exercise exercise : step.exercises()) {
            String file = "src/main/java/" + exercise.file();
            md.append("\n### ").append(exercise.heading()).append("\n\n");
            md.append("**")
                    .append(exercise.track())
                    .append(" track** · file [`")
                    .append(file)
                    .append("`](")
                    .append(file)
                    .append(") · test `")
                    .append(exercise.testClassSimpleName())
                    .append("`")
                    .append(exercise.needsServer()
                            .map(release -> " · needs nats-server " + release + "+")
                            .orElse(""))
                    .append("\n\n");
            md.append(exercise.goal()).append("\n\n");
            if (!exercise.needs().isEmpty()) {
                md.append(buildsOn(step, exercise)).append("\n\n");
            }
            md.append("Run its tests: `./mvnw -q test -pl ")
                    .append(step.module())
                    .append(" -Dtest=")
                    .append(exercise.testClassSimpleName())
                    .append("`\n");
            int number = 1;
            for (String hint : exercise.hints()) {
                md.append("\n<details><summary>Hint ")
                        .append(number++)
                        .append("</summary>\n\n")
                        .append(hint)
                        .append("\n\n</details>\n");
            }
        }
        return md.append("\n").toString();
    }

    /** "Builds on [5.1](#51-…), [5.2](#52-…) and [5.3](#53-…): solve those first." from its {@code needs}. */
    static String buildsOn(Step step, Exercise exercise) {
        List<String> links = exercise.needs().stream()
                .map(id -> step.exercise(id)
                        .map(needed -> "[" + id + "](#" + needed.anchor() + ")")
                        .orElse(id))
                .toList();
        String list = links.size() == 1
                ? links.getFirst()
                : String.join(", ", links.subList(0, links.size() - 1)) + " and " + links.getLast();
        return "Builds on " + list + ": solve " + (links.size() == 1 ? "that" : "those") + " first.";
    }
}
