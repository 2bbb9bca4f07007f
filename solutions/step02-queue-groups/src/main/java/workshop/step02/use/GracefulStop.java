package workshop.step02.use;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Takes one worker out of its queue group without losing a job. Jobs the server has already sent
 * to a worker sit in its client's pending queue; closing the worker would throw them away, and core
 * NATS would never send them again. Draining stops new jobs first and then lets the worker finish
 * the ones it has; the rest of the group carries on meanwhile.
 */
public final class GracefulStop {

    private GracefulStop() {}

    /**
     * Drains {@code worker}: the server stops sending it jobs, and it handles every job it already
     * received. Returns {@code true} when it finished them all within {@code timeout}.
     */
    public static boolean drain(Worker worker, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        // EXERCISE 2.6 BEGIN: Drain the worker's dispatcher and wait for the answer.
        return worker.dispatcher().drain(timeout).get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        // EXERCISE 2.6 END
    }
}
