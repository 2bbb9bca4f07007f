package workshop.step08.server;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Exceptions that escaped a connection's code (not the client's fault): an unsolved exercise shows
 * up here, and so does a bug. Each is printed; the first {@value #MAX_KEPT} are kept, enough to
 * diagnose and bounded so that a bug cannot eat memory. Tests print them when something does not work.
 */
public final class FailureLog {

    static final int MAX_KEPT = 100;

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();

    /** Something went wrong in {@code where}: {@code "client 7"}, {@code "acceptor"}. */
    void record(String where, Throwable failure) {
        if (failures.size() < MAX_KEPT) {
            failures.add(failure);
        }
        System.err.println("[broker] " + where + ": " + failure);
    }

    public List<Throwable> all() {
        return List.copyOf(failures);
    }
}
