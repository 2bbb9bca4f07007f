package workshop.tools;

import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/**
 * Where the tools write, and how: results to {@code out}, errors to {@code err}; colours and a
 * progress line that redraws itself only on a real terminal. Piped into a file, a CI log or another
 * program, the output is plain ASCII text without escape codes, and so is it with {@code NO_COLOR}
 * set (https://no-color.org) or {@code TERM=dumb}.
 *
 * <p>A terminal is what {@link System#console()} says: before Java 22 it is null when a standard
 * stream is redirected; from Java 22 on it always exists and {@code Console.isTerminal()} tells.
 */
final class Terminal {

    private static final String RESET = "\u001b[0m";

    private final PrintStream out;
    private final PrintStream err;
    private final boolean colour;
    private final boolean interactive;

    Terminal(PrintStream out, PrintStream err, boolean colour, boolean interactive) {
        this.out = out;
        this.err = err;
        this.colour = colour;
        this.interactive = interactive;
    }

    /** Plain text to these streams: what tests and pipes get. */
    static Terminal plain(PrintStream out, PrintStream err) {
        return new Terminal(out, err, false, false);
    }

    /** Plain text, errors to the same stream as the results. */
    static Terminal plain(PrintStream out) {
        return plain(out, out);
    }

    /** The real standard streams, with colour and progress when they are a terminal. */
    static Terminal system() {
        boolean terminal = isTerminal();
        return new Terminal(System.out, System.err, terminal && colourWanted(System.getenv(), windows()), terminal);
    }

    /**
     * Whether colour codes may be written to a terminal: not with NO_COLOR (any value) or TERM=dumb;
     * on Windows only in terminals known to understand them (Windows Terminal, ConEmu, a TERM set by
     * Git Bash or WSL), since the old console shows them as garbage.
     */
    static boolean colourWanted(Map<String, String> environment, boolean windows) {
        if (environment.containsKey("NO_COLOR") || "dumb".equals(environment.get("TERM"))) {
            return false;
        }
        return !windows
                || environment.containsKey("WT_SESSION")
                || "ON".equalsIgnoreCase(environment.get("ConEmuANSI"))
                || environment.containsKey("TERM");
    }

    private static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static boolean isTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = java.io.Console.class.getMethod("isTerminal"); // Java 22+
            return (boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Whether a line may be redrawn in place (a progress bar): only on a terminal. */
    boolean interactive() {
        return interactive;
    }

    boolean colour() {
        return colour;
    }

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String cyan(String text) {
        return paint("36", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return colour && !text.isEmpty() ? "\u001b[" + code + "m" + text + RESET : text;
    }

    /** An error, on standard error. */
    void error(String message) {
        err.println(red("error: ") + message);
    }

    /** Redraws the progress line in place; does nothing when not on a terminal. */
    synchronized void progress(String line) {
        if (interactive) {
            String fitted = line.length() > 79 ? line.substring(0, 79) : line;
            out.print("\r" + fitted + " ".repeat(79 - fitted.length()) + "\r");
            out.flush();
        }
    }

    /** Removes the progress line, so that what follows starts on a clean line. */
    synchronized void endProgress() {
        if (interactive) {
            out.print("\r" + " ".repeat(79) + "\r");
            out.flush();
        }
    }

    /** {@code [########............]}: {@code done} of {@code total}, {@code width} characters inside the brackets. */
    static String bar(int done, int total, int width) {
        int filled = total <= 0 ? 0 : (int) Math.min(width, (long) done * width / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }
}
