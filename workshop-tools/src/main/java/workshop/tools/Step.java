package workshop.tools;

import workshop.given.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One step of the workshop: its module folder, its solution folder and its exercises, read from
 * {@code <module>/exercises.json}.
 *
 * @param greenOnSkeleton tests (by display name) that must pass on the skeleton, each with its reason
 */
public record Step(Path root, String module, String title, int minutes, List<Exercise> exercises,
                   Map<String, String> greenOnSkeleton) {

    public static final String METADATA = "exercises.json";

    /** Reads {@code exercises.json} of the module at {@code root/module}. */
    public static Step load(Path root, String module) {
        Path metadata = root.resolve(module).resolve(METADATA);
        try {
            @SuppressWarnings("unchecked")
            var json = (Map<String, Object>) Json.parse(Files.readString(metadata));
            List<Exercise> exercises = new ArrayList<>();
            for (Object item : list(json, "exercises")) {
                @SuppressWarnings("unchecked")
                var e = (Map<String, Object>) item;
                exercises.add(new Exercise(text(e, "id"), text(e, "title"), text(e, "track"), text(e, "file"),
                        text(e, "test"), text(e, "goal"), list(e, "hints").stream().map(String::valueOf).toList(),
                        e.containsKey("needs") ? list(e, "needs").stream().map(String::valueOf).toList() : List.of(),
                        Optional.ofNullable(e.get("needsServer")).map(String::valueOf).map(Step::release)));
            }
            Map<String, String> green = new LinkedHashMap<>();
            for (Object item : json.containsKey("greenOnSkeleton") ? list(json, "greenOnSkeleton") : List.of()) {
                @SuppressWarnings("unchecked")
                var g = (Map<String, Object>) item;
                green.put(text(g, "test"), text(g, "reason"));
            }
            int minutes = json.get("minutes") instanceof Number n ? n.intValue() : 0;
            return new Step(root, text(json, "module"), text(json, "title"), minutes, List.copyOf(exercises), green);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + metadata, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(metadata + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every step of the build, in order: the root pom.xml's {@code <module>stepNN-…</module>} entries.
     * A step folder that is not (yet) a module of the build is not a step for the tools either.
     */
    public static List<Step> all(Path root) {
        try {
            var modules = java.util.regex.Pattern.compile("<module>\\s*(step\\d\\d-[^<\\s]+)\\s*</module>")
                    .matcher(Files.readString(root.resolve("pom.xml")));
            List<String> names = new ArrayList<>();
            while (modules.find()) {
                names.add(modules.group(1));
            }
            return names.stream().sorted().map(module -> load(root, module)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root.resolve("pom.xml"), e);
        }
    }

    /**
     * The steps named (by module or by number: "step01-core-pubsub", "1", "01"), or all of them when
     * none is named. A step folder that is not yet a module of the build can be named by its folder.
     */
    public static List<Step> select(Path root, List<String> names) {
        List<Step> all = all(root);
        if (names.isEmpty()) {
            return all;
        }
        List<Step> chosen = new ArrayList<>();
        for (String name : names) {
            var inBuild = all.stream().filter(step -> step.isNamed(name)).findFirst();
            if (inBuild.isPresent()) {
                chosen.add(inBuild.get());
            } else if (name.matches("step\\d\\d-.*") && Files.isRegularFile(root.resolve(name).resolve(METADATA))) {
                chosen.add(load(root, name));
            } else {
                throw new IllegalArgumentException("No step called '" + name + "'. Steps: " + all.stream().map(Step::module).toList());
            }
        }
        return chosen;
    }

    /** Whether the root pom.xml lists this step as a module. */
    public boolean inBuild() {
        return all(root).stream().anyMatch(step -> step.module.equals(module));
    }

    boolean isNamed(String name) {
        String number = module.substring(4, 6);
        return module.equals(name) || number.equals(name) || number.equals("0" + name);
    }

    public Path moduleDir() {
        return root.resolve(module);
    }

    /** The learner's sources: the generated skeleton. */
    public Path skeletonSources() {
        return moduleDir().resolve("src/main/java");
    }

    /** The reference solution: the source of truth. */
    public Path solutionSources() {
        return root.resolve("solutions").resolve(module).resolve("src/main/java");
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** A nats-server release as {@code needsServer} names it: "2.11" or "2.10.23". */
    private static String release(String text) {
        if (!text.matches("\\d+\\.\\d+(\\.\\d+)?")) {
            throw new IllegalArgumentException("\"needsServer\" must be a nats-server release such as \"2.11\" or \"2.10.23\", not \"" + text + "\"");
        }
        return text;
    }

    private static String text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + key + "\"");
        }
        return value.toString();
    }

    private static List<?> list(Map<String, Object> json, String key) {
        if (!(json.get(key) instanceof List<?> items)) {
            throw new IllegalArgumentException("\"" + key + "\" must be a list");
        }
        return items;
    }
}
