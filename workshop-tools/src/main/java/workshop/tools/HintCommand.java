package workshop.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * {@code ./workshop hint <exercise>}: the next hint of an exercise, one per call, gentlest first (the
 * same hints as the README's collapsed sections). Which hints were shown is remembered in
 * {@code .workshop/hints.properties}, which git ignores; {@code --reset} forgets them.
 */
final class HintCommand {

    private final Path root;
    private final PrintStream out;

    /** Whether the hints are asked for with the h key of watch mode, rather than with ./workshop hint. */
    private final boolean inWatch;

    HintCommand(Path root, PrintStream out) {
        this(root, out, false);
    }

    HintCommand(Path root, PrintStream out, boolean inWatch) {
        this.root = root;
        this.out = out;
        this.inWatch = inWatch;
    }

    int run(List<String> arguments) {
        if (arguments.isEmpty()
                || arguments.size() > 2
                || (arguments.size() == 2 && !arguments.get(1).equals("--reset"))) {
            throw new Main.UsageException("name one exercise, e.g. ./workshop hint 1.3 (--reset after it starts over)");
        }
        Steps.Located located = Steps.exercise(root, arguments.getFirst());
        Exercise exercise = located.exercise();
        Properties shown = load();
        if (arguments.size() == 2) {
            shown.remove(exercise.id());
            save(shown);
            out.println("Forgot the hints shown for " + exercise.id() + ": the next one is Hint 1 again.");
            return 0;
        }
        List<String> hints = exercise.hints();
        if (hints.isEmpty()) {
            out.println(exercise.heading() + " has no hints. Read "
                    + exercise.readmeLink(located.step().module()));
            return 0;
        }
        int alreadyShown = Integer.parseInt(shown.getProperty(exercise.id(), "0"));
        out.println(exercise.heading() + " (" + located.step().module() + "/src/main/java/" + exercise.file() + ")");
        if (alreadyShown >= hints.size()) {
            out.println("You have seen all " + hints.size() + " hints; here they are again:");
            for (int i = 0; i < hints.size(); i++) {
                printHint(i, hints);
            }
            out.println();
            out.println("Still stuck? ./workshop solution " + exercise.id()
                    + " shows the reference solution's difference to your file.");
            return 0;
        }
        if (alreadyShown > 0) {
            out.println(
                    alreadyShown == 1
                            ? "(Hint 1 was shown before.)"
                            : "(Hints 1 to " + alreadyShown + " were shown before.)");
        }
        printHint(alreadyShown, hints);
        shown.setProperty(exercise.id(), String.valueOf(alreadyShown + 1));
        save(shown);
        out.println();
        out.println(
                alreadyShown + 1 < hints.size()
                        ? (inWatch ? "h again gives Hint " : "Run it again for Hint ") + (alreadyShown + 2) + "."
                        : "That was the last hint. Next stop: "
                                + (inWatch ? "s, the solution's difference" : "./workshop solution " + exercise.id()));
        return 0;
    }

    private void printHint(int index, List<String> hints) {
        out.println();
        out.println("Hint " + (index + 1) + " of " + hints.size() + ":");
        hints.get(index).lines().forEach(line -> out.println("  " + line));
    }

    private Path stateFile() {
        return root.resolve(".workshop/hints.properties");
    }

    private Properties load() {
        Properties properties = new Properties();
        if (Files.exists(stateFile())) {
            try (Reader reader = Files.newBufferedReader(stateFile())) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private void save(Properties properties) {
        try {
            Files.createDirectories(stateFile().getParent());
            try (Writer writer = Files.newBufferedWriter(stateFile())) {
                properties.store(writer, "Hints ./workshop hint has shown, by exercise");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
