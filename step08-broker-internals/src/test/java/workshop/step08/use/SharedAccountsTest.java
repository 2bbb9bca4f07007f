package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;

/** Exercise 8.19: two accounts on one server, a service and a stream shared between them. */
class SharedAccountsTest {

    private static final Exercise EXERCISE = Exercise.of("8.19");
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final String PASSWORD = "ledger-" + new Random(819).nextInt(10_000);

    private static ConfiguredNatsServer server;
    private static Connection orders;
    private static Connection billing;

    private final Random random = new Random(819);

    /**
     * Starts the server from the learner's accounts on the first test, not in a {@code @BeforeAll}:
     * an unsolved exercise, or a configuration the server refuses, then fails each test on its own.
     */
    private static synchronized void startOnce() throws Exception {
        if (server != null) {
            return;
        }
        ConfiguredNatsServer started;
        try {
            started = ConfiguredNatsServer.builder("accounts")
                    .withoutJetStream()
                    .config(SharedAccounts.accounts(PASSWORD))
                    .start();
        } catch (ConfiguredNatsServer.ConfigurationRefused refused) {
            throw new AssertionError(
                    EXERCISE.says(
                            "nats-server refused the accounts (an import needs the other account's export of the"
                                    + " same service or stream): %s",
                            refused.serverOutput()),
                    refused);
        }
        try {
            orders = connect(started, "orders");
            billing = connect(started, "billing");
        } catch (Exception e) {
            started.close(); // a user the configuration lacks: the next test tries again, and fails the same way
            throw e;
        }
        server = started;
    }

    @AfterAll
    static void stop() throws Exception {
        for (Connection connection : new Connection[] {orders, billing}) {
            if (connection != null) {
                connection.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("8.19 each account is its own subject space: what is not shared stays in its account")
    void separateSubjectSpaces() throws Exception {
        startOnce();
        String order = "orders." + random.nextInt(1000);
        Subscription billingSeesAll = subscribe(billing, ">");
        Subscription ordersSeesOrders = subscribe(orders, "orders.>");

        orders.publish(order + ".internal", bytes("ORDERS only"));
        orders.publish("orders.events." + order + ".created", bytes("shared")); // exported: BILLING receives it

        assertThat(subjectOf(billingSeesAll.nextMessage(WAIT)))
                .as(EXERCISE.says(
                        "BILLING, subscribed to >, first receives ORDERS' shared event under the prefix (from-orders.…), not %s.internal before it:"
                                + " ORDERS' own subjects stay in ORDERS",
                        order))
                .isEqualTo("from-orders.orders.events." + order + ".created");
        // only now does BILLING publish: what ORDERS published above is already on its way to ORDERS' subscriber
        billing.publish(order + ".internal", bytes("BILLING only"));
        billing.publish("billing.order-status", bytes("status?")); // imported: ORDERS receives it
        assertThat(subjectOf(ordersSeesOrders.nextMessage(WAIT)))
                .as(EXERCISE.says("ORDERS receives its own %s.internal", order))
                .isEqualTo(order + ".internal");
        assertThat(subjectOf(ordersSeesOrders.nextMessage(WAIT)))
                .as(EXERCISE.says(
                        "then its own event, then BILLING's request on orders.status, not BILLING's %s.internal:"
                                + " the same subject in another account is another subject",
                        order))
                .isEqualTo("orders.events." + order + ".created");
        assertThat(subjectOf(ordersSeesOrders.nextMessage(WAIT)))
                .as(EXERCISE.says(
                        "BILLING's billing.order-status arrives in ORDERS as orders.status, not BILLING's %s.internal",
                        order))
                .isEqualTo("orders.status");
        billingSeesAll.unsubscribe();
        ordersSeesOrders.unsubscribe();
    }

    @Test
    @DisplayName("8.19 BILLING asks ORDERS' status service under its own name, billing.order-status")
    void requestAcrossTheImport() throws Exception {
        startOnce();
        String order = Integer.toString(random.nextInt(1000));
        Dispatcher statusService = orders.createDispatcher(
                request -> orders.publish(request.getReplyTo(), bytes("order " + text(request) + ": shipped")));
        statusService.subscribe("orders.status");
        orders.flush(WAIT);

        Message[] reply = new Message[1];
        Throwable failure =
                catchThrowable(() -> reply[0] = billing.request("billing.order-status", bytes(order), WAIT));
        Message[] direct = new Message[1];
        Throwable directFailure =
                catchThrowable(() -> direct[0] = billing.request("orders.status", bytes(order), WAIT));

        assertThat(reply[0] == null ? null : text(reply[0]))
                .as(EXERCISE.says(
                        "BILLING's request on billing.order-status, the local name its service import gives"
                                + " ORDERS' orders.status (to: …), is answered by ORDERS' responder; it ended with %s",
                        failure))
                .isEqualTo("order " + order + ": shipped");
        assertThat(direct[0] == null ? null : text(direct[0]))
                .as(EXERCISE.says(
                        "BILLING's orders.status is BILLING's own subject, where nobody answers (it ended with %s)",
                        directFailure))
                .isNull();
        orders.closeDispatcher(statusService);
    }

    @Test
    @DisplayName("8.19 ORDERS' events reach BILLING under the import's prefix, and only the exported ones")
    void streamUnderItsPrefix() throws Exception {
        startOnce();
        String order = "orders." + (1000 + random.nextInt(1000));
        Subscription fromOrders = subscribe(billing, "from-orders.>");

        orders.publish("orders.audit." + order, bytes("not exported"));
        orders.publish("orders.events." + order + ".shipped", bytes("shipped"));

        Message event = fromOrders.nextMessage(WAIT);
        assertThat(subjectOf(event))
                .as(EXERCISE.says(
                        "BILLING receives orders.events.%s.shipped under the prefix: from-orders.orders.events.…,"
                                + " and not orders.audit before it, which ORDERS does not export",
                        order))
                .isEqualTo("from-orders.orders.events." + order + ".shipped");
        assertThat(text(event))
                .as(EXERCISE.says("the event's payload crosses unchanged"))
                .isEqualTo("shipped");
        fromOrders.unsubscribe();
    }

    private static Connection connect(ConfiguredNatsServer started, String user) throws Exception {
        return Nats.connect(new Options.Builder()
                .server(started.url())
                .userInfo(user, PASSWORD)
                .connectionTimeout(WAIT)
                .build());
    }

    private static Subscription subscribe(Connection connection, String subject) throws Exception {
        Subscription subscription = connection.subscribe(subject);
        connection.flush(WAIT); // the server has the interest before anyone publishes
        return subscription;
    }

    private static String subjectOf(Message message) {
        return message == null ? null : message.getSubject();
    }

    private static String text(Message message) {
        return new String(message.getData(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
