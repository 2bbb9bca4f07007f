package workshop.tools.wire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a recorded test's frames go: {@code <folder>/<test class>/<test>.wire}, one line per frame,
 * the first line {@code # <display name>}. The test kit writes them ({@code WORKSHOP_WIRE}, set by
 * {@code ./workshop test --wire} and the watch's {@code w} key); the tools read them.
 */
public final class WireFiles {

    /** The environment variable (or, in the watch's JVM, the system property {@link #PROPERTY}) naming the folder. */
    public static final String VARIABLE = "WORKSHOP_WIRE";

    public static final String PROPERTY = "workshop.wire";
    static final String HEADER = "# ";

    private WireFiles() {}

    /** The recording folder this JVM was asked for: the system property first, then the environment variable. */
    public static Optional<Path> folder() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(VARIABLE);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /** The file of one test: a name made of its display name's letters and digits, and a hash against collisions. */
    public static Path of(Path folder, String testClass, String displayName) {
        String safe = displayName.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^_+|_+$", "");
        if (safe.length() > 80) {
            safe = safe.substring(0, 80);
        }
        return folder.resolve(testClass).resolve(safe + "-" + Integer.toHexString(displayName.hashCode()) + ".wire");
    }

    /** The recorded file of the test whose display name is (or ends with, after Surefire's method prefix) this one. */
    public static Optional<Path> find(Path folder, String testClass, String displayName) {
        Path classFolder = folder.resolve(testClass);
        if (!Files.isDirectory(classFolder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(classFolder)) {
            return files.filter(f -> f.toString().endsWith(".wire"))
                    .sorted()
                    .filter(f -> {
                        String recorded = header(f);
                        return !recorded.isEmpty()
                                && (displayName.equals(recorded)
                                        || displayName.endsWith(" " + recorded)
                                        || recorded.endsWith(" " + displayName));
                    })
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The display name a file was recorded for. */
    public static String header(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst()
                    .filter(l -> l.startsWith(HEADER))
                    .map(l -> l.substring(HEADER.length()))
                    .orElse("");
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    /** The recorded frames and notes of a file, without its header. */
    public static List<String> frames(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.isEmpty() || !lines.getFirst().startsWith(HEADER) ? lines : lines.subList(1, lines.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A frame's line without its time: {@code c1 -> PUB ...}, as a report shows it. */
    public static String withoutTime(String line) {
        return line.replaceFirst("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ", "");
    }
}
