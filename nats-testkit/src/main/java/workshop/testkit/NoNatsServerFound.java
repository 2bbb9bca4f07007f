package workshop.testkit;

import workshop.tools.ServerSourceOrder;

/** Thrown when none of the ways to get a nats-server works; its message says how to fix that. */
public final class NoNatsServerFound extends IllegalStateException {

    NoNatsServerFound(ServerSourceOrder.Nothing nothing) {
        super("No NATS server for the tests. " + nothing.problem() + "\n" + nothing.fix() + "\n"
                + ServerSourceOrder.installAdvice() + "\n"
                + "'./workshop doctor' checks all of this. See README.md#prerequisites.");
    }
}
