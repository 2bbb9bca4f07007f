package workshop.testkit;

/**
 * A server the learner runs (NATS_URL). The test kit neither starts nor stops it, and every test
 * class shares it: tests use their own subjects and clean up the streams they create.
 */
final class ExternalNatsServer implements NatsServer {

    private final ServerSource.ExternalServer source;

    ExternalNatsServer(ServerSource.ExternalServer source) {
        this.source = source;
    }

    @Override
    public String url() {
        return source.url();
    }

    @Override
    public ServerSource source() {
        return source;
    }

    @Override
    public void restart() {
        throw new UnsupportedOperationException("The test kit cannot restart a server it did not start (NATS_URL="
                + source.url() + "). Unset NATS_URL to let the test kit start its own nats-server.");
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
