package workshop.step03.demo;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.service.Service;
import java.util.concurrent.CountDownLatch;
import workshop.step03.use.MinMaxService;

/**
 * Runs one instance of your {@link MinMaxService} (exercise 3.8) against {@code NATS_URL} (default
 * {@code nats://localhost:4222}) until Ctrl-C. Start two and watch them share the requests of
 * {@link MinMaxClient}.
 */
public final class MinMaxServer {

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("NATS_URL", "nats://localhost:4222");
        Connection connection = Nats.connect(url);
        Service service;
        try {
            service = MinMaxService.start(connection);
        } catch (UnsupportedOperationException notSolvedYet) {
            // Say so and leave: the open connection's threads would otherwise keep the JVM silently alive.
            System.out.println(notSolvedYet.getMessage());
            connection.close();
            return;
        }
        System.out.println("minmax " + service.getVersion() + " instance " + service.getId()
                + " listens on minmax.min and minmax.max at " + url);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            try {
                connection.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }));
        stopped.await();
    }
}
