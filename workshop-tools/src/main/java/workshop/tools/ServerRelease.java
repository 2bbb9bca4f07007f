package workshop.tools;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nats-server release as the doctor finds it ({@code nats-server: v2.10.22}, an INFO's
 * {@code "version":"2.9.10"}, an image tag {@code nats:2.15}) and as {@code exercises.json}'s
 * {@code needsServer} names it ({@code "2.11"}, {@code "2.10.23"}). Compared by major, minor and
 * patch, a missing patch being 0 and a pre-release suffix ignored ({@code 2.11.0-RC.2} counts as
 * 2.11.0: a release candidate has the release's features). The test kit reports a running server's
 * version as one, so tests branch on it where servers differ: {@code server.version().atLeast("2.10.23")}.
 */
public record ServerRelease(int major, int minor, int patch, String text) implements Comparable<ServerRelease> {

    private static final Pattern NUMBERS = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /**
     * Reads a release such as {@code 2.9.10}, {@code v2.15.1}, {@code 2.11} (patch 0) or {@code 2.11.0-RC.2}.
     *
     * @throws IllegalArgumentException when the text does not start with major.minor
     */
    public static ServerRelease parse(String text) {
        String release = text.strip();
        return Optional.of(release)
                .filter(t -> t.matches("v?\\d+\\.\\d+.*"))
                .flatMap(ServerRelease::find)
                .map(numbers ->
                        new ServerRelease(numbers.major, numbers.minor, numbers.patch, release.replaceFirst("^v", "")))
                .orElseThrow(() -> new IllegalArgumentException(
                        "Not a nats-server release: '" + text + "' (expected e.g. 2.10.27)"));
    }

    /** The first release number in the text, if there is one. */
    static Optional<ServerRelease> find(String text) {
        Matcher m = NUMBERS.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return Optional.of(new ServerRelease(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                patch,
                m.group().replaceFirst("^v", "")));
    }

    /** The release an image's tag names ({@code nats:2.15-alpine} is 2.15), empty for {@code latest} or no tag. */
    static Optional<ServerRelease> ofImage(String image) {
        int colon = image.lastIndexOf(':');
        return colon < 0 || image.indexOf('/', colon) >= 0 ? Optional.empty() : find(image.substring(colon + 1));
    }

    /** Whether this release is {@code needed} or newer. */
    public boolean atLeast(ServerRelease needed) {
        return compareTo(needed) >= 0;
    }

    /** Whether this release is the one named or newer: {@code atLeast("2.11")}. */
    public boolean atLeast(String release) {
        return atLeast(parse(release));
    }

    @Override
    public int compareTo(ServerRelease other) {
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
