package workshop.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries a step's tests need (jnats, the test kit, JUnit, AssertJ…) plus the JUnit Platform
 * Launcher that runs them, as a list of jars and folders. Maven knows them; asking it takes seconds,
 * so the answer is cached in {@code .workshop/watch/<module>.classpath} and asked again only when a
 * pom.xml changed or an entry has gone (after {@code ./mvnw clean}, say).
 */
final class TestClasspath {

    /** Pinned, so resolving it works offline once fetched, and no pom needs to name the plugin. */
    static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

    private static final Pattern PLATFORM_ENGINE = Pattern.compile("junit-platform-engine-([^/\\\\]+)\\.jar$");

    private final Path root;
    private final PrintStream out;

    TestClasspath(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** The step's test dependencies and the launcher; resolves them with Maven when the cache is stale. */
    List<Path> of(Step step) {
        Optional<List<Path>> cached = readCache(cacheOf(step), step);
        if (cached.isPresent()) {
            return cached.get();
        }
        out.println("Asking Maven for " + step.module() + "'s test classpath (once; cached in "
                + Steps.relative(root, cacheOf(step)) + ")...");
        resolveWithMaven(List.of(step));
        return readCache(cacheOf(step), step).orElseThrow();
    }

    /**
     * Fills the caches of the steps of the build that lack one with a single Maven run, where asking
     * step by step would start Maven once each ({@code ./workshop mistakes} on every step).
     */
    void prepare(List<Step> steps) {
        List<Step> stale = steps.stream()
                .filter(Step::inBuild)
                .filter(step -> readCache(cacheOf(step), step).isEmpty())
                .toList();
        if (stale.size() > 1) {
            out.println("Asking Maven for the test classpath of " + stale.size() + " steps (once; cached in "
                    + Steps.relative(root, cacheOf(stale.getFirst()).getParent()) + ")...");
            resolveWithMaven(stale);
        }
    }

    private Path cacheOf(Step step) {
        return root.resolve(".workshop/watch").resolve(step.module() + ".classpath");
    }

    private Optional<List<Path>> readCache(Path cache, Step step) {
        if (!Files.exists(cache)) {
            return Optional.empty();
        }
        try {
            FileTime written = Files.getLastModifiedTime(cache);
            for (Path pom : List.of(root.resolve("pom.xml"), step.moduleDir().resolve("pom.xml"))) {
                if (Files.exists(pom) && Files.getLastModifiedTime(pom).compareTo(written) > 0) {
                    return Optional.empty();
                }
            }
            List<Path> entries = Files.readAllLines(cache).stream()
                    .filter(line -> !line.isBlank())
                    .map(Path::of)
                    .toList();
            return entries.stream().allMatch(Files::exists) ? Optional.of(entries) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code dependency:build-classpath} in the test scope, for these steps in one Maven run, each list
     * written to its cache with the launcher added. It runs before {@code compile} on the steps, so the
     * answer comes even when the learner's code does not compile; the modules the steps depend on (the
     * test kit) are compiled first in the same build, so their classes are on the lists.
     */
    private void resolveWithMaven(List<Step> steps) {
        String listFile = "target/workshop-test-classpath.txt";
        Path log = root.resolve(".workshop/logs/watch-classpath-"
                + (steps.size() == 1 ? steps.getFirst().module() : "steps") + ".log");
        List<String> arguments = new ArrayList<>(List.of(
                "-B",
                DEPENDENCY_PLUGIN + ":build-classpath",
                "compile",
                "-Dmdep.includeScope=test",
                "-Dmdep.outputFile=" + listFile));
        arguments.addAll(
                steps.size() == 1
                        ? TestCommand.selection(steps.getFirst())
                        : List.of(
                                "-pl",
                                String.join(
                                        ",", steps.stream().map(Step::module).toList())));
        try {
            for (Step step : steps) {
                Files.deleteIfExists(step.moduleDir().resolve(listFile));
            }
            new MavenRunner(root).run(arguments, log); // a compile error in a step is fine: the list is written before
            for (Step step : steps) {
                Path written = step.moduleDir().resolve(listFile);
                if (!Files.exists(written)) {
                    out.println(MavenRunner.tail(log, 30));
                    throw new IllegalStateException("Maven could not list " + step.module() + "'s test classpath. Log: "
                            + Steps.relative(root, log));
                }
                String text = Files.readString(written).strip();
                List<Path> entries = new ArrayList<>(
                        text.isEmpty()
                                ? List.of()
                                : Arrays.stream(text.split(java.io.File.pathSeparator))
                                        .map(Path::of)
                                        .toList());
                entries.add(launcherBeside(entries));
                Files.createDirectories(cacheOf(step).getParent());
                Files.write(cacheOf(step), entries.stream().map(Path::toString).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The junit-platform-launcher jar of the same version as the junit-platform-engine on the
     * classpath, in the same local repository; fetched with {@code dependency:get} if it is not there
     * (Surefire has usually fetched it already).
     */
    private Path launcherBeside(List<Path> entries) {
        for (Path entry : entries) {
            Matcher engine = PLATFORM_ENGINE.matcher(entry.toString());
            if (engine.find()) {
                String version = engine.group(1);
                Path launcher = launcherPath(entry, version);
                if (!Files.exists(launcher)) {
                    Path log = root.resolve(".workshop/logs/watch-launcher.log");
                    new MavenRunner(root)
                            .run(
                                    List.of(
                                            "-B",
                                            "-N",
                                            DEPENDENCY_PLUGIN + ":get",
                                            "-Dartifact=org.junit.platform:junit-platform-launcher:" + version,
                                            "-Dtransitive=false"),
                                    log);
                }
                if (!Files.exists(launcher)) {
                    throw new IllegalStateException(
                            "Could not fetch junit-platform-launcher " + version + " (" + launcher + ")");
                }
                return launcher;
            }
        }
        throw new IllegalStateException(
                "The step's tests do not use JUnit 5 or newer (no junit-platform-engine on their classpath)");
    }

    /** {@code …/org/junit/platform/junit-platform-engine/V/junit-platform-engine-V.jar} → the launcher's path. */
    static Path launcherPath(Path engineJar, String version) {
        Path repositoryGroup = engineJar.getParent().getParent().getParent(); // …/org/junit/platform
        return repositoryGroup
                .resolve("junit-platform-launcher")
                .resolve(version)
                .resolve("junit-platform-launcher-" + version + ".jar");
    }
}
