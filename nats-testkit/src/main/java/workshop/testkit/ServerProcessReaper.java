package workshop.testkit;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes sure no nats-server outlives the test JVM. Test classes stop their servers when they end;
 * this shutdown hook covers the rest: a run stopped with Ctrl-C, a crashed test, a forgotten close.
 * (Surefire is configured to let the forked JVM exit normally on Ctrl-C, so the hook runs.)
 */
final class ServerProcessReaper {

    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private ServerProcessReaper() {}

    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(ServerProcessReaper::stopEveryServerWeStarted, "nats-server-reaper"));
        }
    }

    private static void stopEveryServerWeStarted() {
        ProcessHandle.current()
                .descendants()
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.contains("nats-server"))
                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }
}
