package workshop.testkit;

import org.opentest4j.TestAbortedException;

/**
 * For tests that need more than a running server: one the test kit can restart, or a local binary
 * to start servers of their own (a cluster, a server with its own configuration). Where the machine
 * cannot give that, the test is skipped, and JUnit reports it as skipped with the reason, instead of
 * failing. Call these first in the test, before it makes anything on the server.
 */
public final class ServerAssumptions {

    private ServerAssumptions() {}

    /** Skips the calling test unless the test kit started {@code server} from a local binary, so {@code server.restart()} works. */
    public static void assumeRestartable(NatsServer server, String what) {
        if (!(server instanceof LocalNatsServer)) {
            throw new TestAbortedException(skipReason(what, server.source()));
        }
    }

    /** Skips the calling test unless the test kit starts its servers from a local nats-server binary; returns that binary. */
    public static ServerSource.LocalBinary assumeLocalBinary(String what) {
        if (!(NatsServers.source() instanceof ServerSource.LocalBinary binary)) {
            throw new TestAbortedException(skipReason(what, NatsServers.source()));
        }
        return binary;
    }

    static String skipReason(String what, ServerSource source) {
        String reason = switch (source) {
            case ServerSource.ExternalServer external ->
                what + " needs a nats-server the test kit starts itself;"
                        + " NATS_URL points the tests at " + external.url()
                        + ", which the test kit neither stops nor starts."
                        + " Unset NATS_URL to run this test.";
            case ServerSource.DockerImage image ->
                what + " needs a nats-server executable the test kit starts itself;"
                        + " the tests run on " + image.describe()
                        + ". Install nats-server (see README.md#prerequisites),"
                        + " or unset NATS_SERVER_SOURCE if it asks for Docker.";
            case ServerSource.LocalBinary binary ->
                what + " needs a server the test kit started from " + binary.executable() + " itself.";
        };
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
    }
}
