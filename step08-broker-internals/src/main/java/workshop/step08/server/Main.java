package workshop.step08.server;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the broker until Ctrl-C:
 * <pre>
 *   ./mvnw -q -pl step08-broker-internals compile exec:java@broker -Dexec.args="--port 4333 --monitor 8333"
 * </pre>
 * Options: {@code --port N} (default 4222, 0 for any free port), {@code --monitor N} (HTTP
 * monitoring, off by default), {@code --auth TOKEN}, {@code --user NAME --pass PASSWORD}.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        BrokerOptions options = BrokerOptions.defaults();
        String user = null;
        String password = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--port", "-p" -> options = options.withPort(Integer.parseInt(required(args[i], value)));
                case "--monitor", "-m" ->
                    options = options.withMonitoringPort(Integer.parseInt(required(args[i], value)));
                case "--auth" -> options = options.withAuth(AuthSettings.token(required(args[i], value)));
                case "--user" -> user = required(args[i], value);
                case "--pass" -> password = required(args[i], value);
                default -> {
                    System.err.println("Unknown option " + args[i]
                            + ". Options: --port N, --monitor N, --auth TOKEN, --user NAME --pass PASSWORD");
                    System.exit(2);
                }
            }
            i++;
        }
        if (user != null || password != null) {
            options =
                    options.withAuth(AuthSettings.userPassword(required("--user", user), required("--pass", password)));
        }
        String host = options.host();
        NatsBroker broker = NatsBroker.start(options);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }));
        System.out.println("Workshop broker listening on " + broker.url()
                + broker.monitoringPort().stream()
                        .mapToObj(port -> ", monitoring on http://" + host + ":" + port + "/varz")
                        .findFirst()
                        .orElse("")
                + (broker.options().auth().required()
                        ? ", auth: " + broker.options().auth()
                        : "")
                + ". Ctrl-C stops it.");
        stopped.await();
    }

    private static String required(String option, String value) {
        if (value == null) {
            System.err.println(option + " needs a value");
            System.exit(2);
        }
        return value;
    }
}
