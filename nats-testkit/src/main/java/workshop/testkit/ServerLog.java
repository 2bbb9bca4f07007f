package workshop.testkit;

import io.nats.Output;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the last lines a nats-server printed, instead of flooding the test console with them.
 * They are shown when the server fails to start, where they usually say why.
 */
final class ServerLog implements Output {

    private static final int LINES_KEPT = 40;
    private final Deque<String> lines = new ArrayDeque<>();

    synchronized String lastLines() {
        return String.join(System.lineSeparator(), lines);
    }

    private synchronized void keep(String line) {
        if (lines.size() == LINES_KEPT) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    @Override
    public void setLevel(Level level) {}

    @Override
    public void error(Supplier<String> line) {
        keep(line.get());
    }

    @Override
    public void error(String line) {
        keep(line);
    }

    @Override
    public void warning(Supplier<String> line) {
        keep(line.get());
    }

    @Override
    public void warning(String line) {
        keep(line);
    }

    @Override
    public void info(Supplier<String> line) {
        keep(line.get());
    }

    @Override
    public void info(String line) {
        keep(line);
    }

    @Override
    public boolean isLogger() {
        return false;
    }

    @Override
    public Logger getLogger() {
        return null;
    }
}
