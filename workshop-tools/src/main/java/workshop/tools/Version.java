package workshop.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./workshop version}: the workshop's version (the root pom.xml's), the commit checked out
 * (read from .git without running git, so it works where git is not on the PATH), and the Java the
 * tools run on. What an instructor asks for first when a learner's machine behaves oddly.
 */
final class Version {

    private static final Pattern POM_VERSION =
            Pattern.compile("<artifactId>nats-workshop</artifactId>\\s*<version>([^<]+)</version>");

    private Version() {}

    static String describe(Path root) {
        String version = pomVersion(root).orElse("(version unknown)");
        String commit = commit(root)
                .map(c -> ", commit " + c.substring(0, Math.min(12, c.length())))
                .orElse(", not a git checkout");
        return "nats-workshop " + version + commit + "\n"
                + "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ") at "
                + System.getProperty("java.home") + "\n"
                + "Repository: " + root;
    }

    static Optional<String> pomVersion(Path root) {
        try {
            Matcher m = POM_VERSION.matcher(Files.readString(root.resolve("pom.xml")));
            return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The commit HEAD names: a detached hash, a loose ref, or a line of packed-refs. */
    static Optional<String> commit(Path root) {
        try {
            Path git = root.resolve(".git");
            if (Files.isRegularFile(git)) { // a worktree: "gitdir: <path>"
                git = root.resolve(Files.readString(git).strip().replaceFirst("^gitdir:\\s*", ""));
            }
            Path headFile = git.resolve("HEAD");
            if (!Files.isRegularFile(headFile)) {
                return Optional.empty();
            }
            String head = Files.readString(headFile).strip();
            if (!head.startsWith("ref:")) {
                return Optional.of(head);
            }
            String ref = head.substring(4).strip();
            Path loose = git.resolve(ref);
            if (Files.isRegularFile(loose)) {
                return Optional.of(Files.readString(loose).strip());
            }
            Path packed = git.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                for (String line : Files.readAllLines(packed)) {
                    if (line.endsWith(" " + ref)) {
                        return Optional.of(line.substring(0, line.indexOf(' ')));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
