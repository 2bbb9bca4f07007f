package workshop.testkit;

/** Starts a server from whichever {@link ServerSource} this machine offers, and says once which one it used. */
public final class NatsServers {

    private static volatile ServerSource chosen;

    private NatsServers() {}

    /** The source for this JVM, chosen on first use and then remembered. */
    public static ServerSource source() {
        if (chosen == null) {
            synchronized (NatsServers.class) {
                if (chosen == null) {
                    chosen = ServerSourceChooser.choose(HostEnvironment.system());
                    System.out.println("[nats-testkit] NATS server: " + chosen.describe());
                }
            }
        }
        return chosen;
    }

    /** A fresh server for one test class (or the shared external one). */
    public static NatsServer start(String name) {
        return switch (source()) {
            case ServerSource.ExternalServer external -> new ExternalNatsServer(external);
            case ServerSource.LocalBinary binary -> LocalNatsServer.start(binary, ServerSettings.fresh(name));
            case ServerSource.DockerImage image -> new DockerNatsServer(image, name);
        };
    }
}
