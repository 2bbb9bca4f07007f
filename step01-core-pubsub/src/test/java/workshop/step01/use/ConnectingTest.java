package workshop.step01.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.ConnectionListener;
import io.nats.client.ConnectionListener.Events;
import io.nats.client.ErrorListener;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;

/** Exercise 1.6: connecting with a name and listeners. */
@NatsServerTest
class ConnectingTest {

    private static final Exercise EXERCISE = Exercise.of("1.6");

    @Test
    @DisplayName("1.6 the connection carries its name and its listeners, and tells them it connected, then closed")
    void nameAndConnectionEvents(NatsServer server, Random random) throws Exception {
        String name = "orders-service-" + random.nextInt(1000);
        List<Events> events = new CopyOnWriteArrayList<>();

        ErrorListener errors = new ErrorListener() {};

        // jnats 2.26 calls the four-argument connectionEvent; the two-argument one is deprecated, and a
        // lambda would implement exactly that one, so the listener is a class that overrides both.
        ConnectionListener listener = new ConnectionListener() {
            @Override
            public void connectionEvent(Connection conn, Events type, Long time, String uriDetails) {
                events.add(type);
            }

            @Override
            @Deprecated
            public void connectionEvent(Connection conn, Events type) {
                // never called by jnats 2.26: it calls the method above
            }
        };
        Connection connection = Connecting.connect(server.url(), name, listener, errors);
        try {
            assertThat(connection.getStatus())
                    .as(EXERCISE.says("connect() returns a connected connection"))
                    .isEqualTo(Connection.Status.CONNECTED);
            assertThat(connection.getOptions().getConnectionName())
                    .as(EXERCISE.says("the connection is named"))
                    .isEqualTo(name);
            assertThat(connection.getOptions().getErrorListener())
                    .as(EXERCISE.says("the error listener is the one given"))
                    .isSameAs(errors);
            await().alias(EXERCISE.says("the connection listener hears CONNECTED"))
                    .atMost(Duration.ofSeconds(2))
                    .until(() -> events.contains(Events.CONNECTED));
        } finally {
            connection.close();
        }
        await().alias(EXERCISE.says("the connection listener hears CLOSED after close()"))
                .atMost(Duration.ofSeconds(2))
                .until(() -> events.contains(Events.CLOSED));
    }
}
