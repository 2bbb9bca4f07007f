package workshop.testkit;

/** Thrown when none of the three ways to get a nats-server works; its message says how to fix that. */
public final class NoNatsServerFound extends IllegalStateException {

    NoNatsServerFound(String detail) {
        super("""
                No NATS server for the tests. %s
                The test kit looks, in this order, for:
                  1. NATS_URL        an already running server, e.g. NATS_URL=nats://localhost:4222
                  2. nats-server     on the PATH, or its full path in NATS_SERVER_PATH
                  3. Docker          a running Docker engine (the test kit then runs the nats image;
                                     NATS_SERVER_SOURCE=docker chooses it first)
                Install nats-server with one of:
                  Debian/Ubuntu  sudo apt-get install -y nats-server
                  macOS          brew install nats-server
                  Windows        scoop install nats-server   or   choco install nats-server
                  Go             go install github.com/nats-io/nats-server/v2@latest
                  Docker         docker run -p 4222:4222 nats -js   (then NATS_URL=nats://localhost:4222)
                './workshop doctor' checks all of this. See README.md#troubleshooting.""".formatted(detail));
    }
}
