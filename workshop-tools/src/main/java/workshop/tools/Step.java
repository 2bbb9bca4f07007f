package workshop.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workshop.given.Json;

/**
 * One step of the workshop: its module folder, its solution folder and its exercises, read from
 * {@code <module>/exercises.json}. Also the tools' one catalogue of steps: which there are
 * ({@link #all}, {@link #loadEach}: the root pom.xml's modules) and which one a name means
 * ({@link #named}, {@link #select}).
 *
 * @param greenOnSkeleton tests (by display name) that must pass on the skeleton, each with its reason
 */
public record Step(
        Path root,
        String module,
        String title,
        int minutes,
        List<Exercise> exercises,
        Map<String, String> greenOnSkeleton) {

    public static final String METADATA = "exercises.json";

    /** Reads {@code exercises.json} of the module at {@code root/module}. */
    public static Step load(Path root, String module) {
        Path metadata = root.resolve(module).resolve(METADATA);
        try {
            var json = Json.parseObject(Files.readString(metadata));
            List<Exercise> exercises = new ArrayList<>();
            for (Object item : list(json, "exercises")) {
                @SuppressWarnings("unchecked")
                var e = (Map<String, Object>) item;
                exercises.add(new Exercise(
                        text(e, "id"),
                        text(e, "title"),
                        text(e, "track"),
                        text(e, "file"),
                        text(e, "test"),
                        text(e, "goal"),
                        list(e, "hints").stream().map(String::valueOf).toList(),
                        e.containsKey("needs")
                                ? list(e, "needs").stream().map(String::valueOf).toList()
                                : List.of(),
                        Optional.ofNullable(e.get("needsServer"))
                                .map(String::valueOf)
                                .map(Step::release)));
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

    private static final Pattern MODULE = Pattern.compile("<module>\\s*(step\\d\\d-[^<\\s]+)\\s*</module>");

    /**
     * Every step of the build, in order: the root pom.xml's {@code <module>stepNN-…</module>} entries.
     * A step folder that is not (yet) a module of the build is not a step for the tools either.
     * Throws when a step's exercises.json cannot be read; {@link #loadEach} reports it instead.
     */
    public static List<Step> all(Path root) {
        return moduleNames(root).stream().map(module -> load(root, module)).toList();
    }

    /** A step of the build, or why it could not be read. Exactly one of the two is set. */
    public record Loaded(String module, Step step, String problem) {}

    /**
     * Every step of the build, as {@link #all}, each loaded on its own: a half-written exercises.json
     * is reported as that step's problem, and the learner's commands still work for the others.
     */
    public static List<Loaded> loadEach(Path root) {
        List<Loaded> loaded = new ArrayList<>();
        for (String module : moduleNames(root)) {
            try {
                loaded.add(new Loaded(module, load(root, module), null));
            } catch (RuntimeException e) {
                loaded.add(new Loaded(module, null, e.getMessage()));
            }
        }
        return loaded;
    }

    /** The steps named (see {@link #named}), or all of them when none is named. */
    public static List<Step> select(Path root, List<String> names) {
        return names.isEmpty()
                ? all(root)
                : names.stream().map(name -> named(root, name)).toList();
    }

    /**
     * The step a learner or an author names: its number ("1", "01") or its folder
     * ("step01-core-pubsub", "step01-core-pubsub/"). A number means the build's module of that number,
     * else any folder {@code stepNN-…} with an exercises.json (a step being written, not yet in the build).
     */
    public static Step named(Path root, String name) {
        if (name.matches("\\d{1,2}")) {
            String number = String.format("%02d", Integer.parseInt(name));
            return folderNumbered(root, number)
                    .map(module -> load(root, module))
                    .orElseThrow(
                            () -> new IllegalArgumentException("No step " + name + ". Steps: " + moduleNames(root)));
        }
        if (Files.isRegularFile(root.resolve(name).resolve(METADATA))) {
            return load(
                    root,
                    Path.of(name).normalize().toString().replace('\\', '/').replaceAll("/$", ""));
        }
        throw new IllegalArgumentException("No step called '" + name + "'. Steps: " + moduleNames(root));
    }

    /** Whether the root pom.xml lists this step as a module. */
    public boolean inBuild() {
        return moduleNames(root).contains(module);
    }

    /** The module names the root pom.xml lists as steps, sorted. */
    private static List<String> moduleNames(Path root) {
        try {
            Matcher modules = MODULE.matcher(Files.readString(root.resolve("pom.xml")));
            List<String> names = new ArrayList<>();
            while (modules.find()) {
                names.add(modules.group(1));
            }
            return names.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + root.resolve("pom.xml"), e);
        }
    }

    /** The folder {@code stepNN-…} with exercises.json: the build's module first, else any such folder. */
    private static Optional<String> folderNumbered(Path root, String number) {
        var inBuild = moduleNames(root).stream()
                .filter(module -> module.startsWith("step" + number + "-"))
                .findFirst();
        if (inBuild.isPresent()) {
            return inBuild;
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.map(folder -> folder.getFileName().toString())
                    .filter(folder -> folder.startsWith("step" + number + "-"))
                    .filter(folder -> Files.isRegularFile(root.resolve(folder).resolve(METADATA)))
                    .sorted()
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            throw new IllegalArgumentException(
                    "\"needsServer\" must be a nats-server release such as \"2.11\" or \"2.10.23\", not \"" + text
                            + "\"");
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
