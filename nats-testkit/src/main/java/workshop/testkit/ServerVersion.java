package workshop.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nats-server release number, as its INFO reports it ({@code 2.10.27}, {@code 2.11.0-RC.2}).
 * Ordered by major, minor and patch; a pre-release suffix is kept for display but not compared,
 * so {@code 2.11.0-RC.2} counts as 2.11.0 (a release candidate has the release's features).
 *
 * <p>Lessons and tests use it where servers differ: {@code server.version().atLeast("2.10.23")}.
 */
public record ServerVersion(int major, int minor, int patch, String text) implements Comparable<ServerVersion> {

    private static final Pattern NUMBERS = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

    /**
     * Reads a version such as {@code 2.9.10}, {@code v2.15.1} or {@code 2.11} (patch 0).
     *
     * @throws IllegalArgumentException when the text does not start with major.minor
     */
    public static ServerVersion parse(String text) {
        Matcher m = NUMBERS.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a nats-server version: '" + text + "' (expected e.g. 2.10.27)");
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new ServerVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), patch,
                text.trim().replaceFirst("^v", ""));
    }

    /** Whether this server is the given release or newer: {@code atLeast("2.11")}. */
    public boolean atLeast(String release) {
        return compareTo(parse(release)) >= 0;
    }

    @Override
    public int compareTo(ServerVersion other) {
        int byMajor = Integer.compare(major, other.major);
        if (byMajor != 0) {
            return byMajor;
        }
        int byMinor = Integer.compare(minor, other.minor);
        return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return text;
    }
}
