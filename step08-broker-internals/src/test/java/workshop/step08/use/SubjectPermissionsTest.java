package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

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
import workshop.step08.use.SubjectPermissions.Operation;
import workshop.step08.use.SubjectPermissions.Violation;
import workshop.step08.use.SubjectPermissions.ViolationRecorder;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;

/** Exercise 8.18: per-user publish and subscribe permissions, and the violations the server reports. */
class SubjectPermissionsTest {

    private static final Exercise EXERCISE = Exercise.of("8.18");
    private static final Duration WAIT = Duration.ofSeconds(2);
    private static final String PASSWORD = "counter-" + new Random(818).nextInt(10_000);

    private static ConfiguredNatsServer server;
    private static Connection admin;
    private static Connection shop;
    private static Connection helpdesk;
    private static ViolationRecorder shopViolations;
    private static ViolationRecorder helpdeskViolations;

    private final Random random = new Random(818);

    /**
     * Starts the server from the learner's configuration on the first test that needs it, not in a
     * {@code @BeforeAll}: an unsolved exercise then fails each test on its own, saying so.
     */
    private static synchronized void startOnce() throws Exception {
        if (server != null) {
            return;
        }
        ConfiguredNatsServer started = ConfiguredNatsServer.builder("permissions")
                .withoutJetStream()
                .config(SubjectPermissions.authorization(PASSWORD))
                .start();
        try {
            admin = connect(started, "admin", new ViolationRecorder());
            shopViolations = new ViolationRecorder();
            shop = connect(started, "shop", shopViolations);
            helpdeskViolations = new ViolationRecorder();
            helpdesk = connect(started, "helpdesk", helpdeskViolations);
        } catch (Exception e) {
            started.close(); // a user the configuration lacks: the next test tries again, and fails the same way
            throw e;
        }
        server = started;
    }

    @AfterAll
    static void stop() throws Exception {
        for (Connection connection : new Connection[] {admin, shop, helpdesk}) {
            if (connection != null) {
                connection.close();
            }
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("8.18 the shop publishes and receives orders, the admin sees them all, and nothing is refused")
    void allowed() throws Exception {
        startOnce();
        String order = "orders." + random.nextInt(1000);
        Subscription adminOrders = subscribe(admin, "orders.>");
        Subscription shopOrders = subscribe(shop, "orders.>");

        shop.publish(order + ".created", bytes("created"));
        assertThat(subjectOf(adminOrders.nextMessage(WAIT)))
                .as(EXERCISE.says("the shop may publish on orders.>, and the admin, with no permissions, sees it"))
                .isEqualTo(order + ".created");
        admin.publish(order + ".paid", bytes("paid")); // after the shop's order reached the server: it comes second

        assertThat(subjectOf(shopOrders.nextMessage(WAIT)))
                .as(EXERCISE.says("the shop receives its own %s.created first: it may subscribe to orders.>", order))
                .isEqualTo(order + ".created");
        assertThat(subjectOf(shopOrders.nextMessage(WAIT)))
                .as(EXERCISE.says("and then the admin's %s.paid", order))
                .isEqualTo(order + ".paid");
        shop.flush(WAIT); // a violation would have come back before the PONG
        assertThat(shopViolations.violations())
                .as(EXERCISE.says("nothing the shop did so far was refused"))
                .doesNotContain(new Violation(Operation.PUBLISH, order + ".created"));
        adminOrders.unsubscribe();
        shopOrders.unsubscribe();
    }

    @Test
    @DisplayName("8.18 a publish the shop may not make is dropped by the server and reported to its error listener")
    void deniedPublish() throws Exception {
        startOnce();
        String order = "orders." + (1000 + random.nextInt(1000));
        String payment = "payments." + random.nextInt(1000);
        Subscription adminSees = subscribe(admin, ">");

        shop.publish(order + ".refund", bytes("refund it")); // allowed by orders.>, denied by orders.*.refund
        shop.publish(payment, bytes("pay")); // on no allow list
        shop.publish(order + ".created", bytes("created"));

        assertThat(subjectOf(adminSees.nextMessage(WAIT)))
                .as(EXERCISE.says(
                        "the admin, subscribed to >, receives %s.created first: the refund and the payment before it"
                                + " never left the server (deny orders.*.refund wins over allow orders.>; payments is"
                                + " on no allow list)",
                        order))
                .isEqualTo(order + ".created");
        await().alias(EXERCISE.says("the shop's error listener records both refusals, with the server's subjects"))
                .atMost(WAIT)
                .untilAsserted(() -> assertThat(shopViolations.violations())
                        .contains(
                                new Violation(Operation.PUBLISH, order + ".refund"),
                                new Violation(Operation.PUBLISH, payment)));
        adminSees.unsubscribe();
    }

    @Test
    @DisplayName("8.18 a subscription the shop may not make receives nothing and is reported, a queue's one too")
    void deniedSubscribe() throws Exception {
        startOnce();
        String order = "orders." + (2000 + random.nextInt(1000));
        Subscription audit = subscribe(shop, "orders.audit");
        Subscription auditors = shop.subscribe("orders.audit", "auditors");
        Subscription shopOrders = subscribe(shop, "orders.>");

        admin.publish("orders.audit", bytes("who did what"));
        admin.publish(order + ".created", bytes("created"));

        assertThat(subjectOf(shopOrders.nextMessage(WAIT)))
                .as(EXERCISE.says(
                        "the shop's orders.> receives %s.created but not orders.audit before it: a subscribe deny"
                                + " also keeps the subject from a wildcard that covers it",
                        order))
                .isEqualTo(order + ".created");
        assertThat(audit.getPendingMessageCount() + auditors.getPendingMessageCount())
                .as(EXERCISE.says("the denied subscriptions to orders.audit received nothing"))
                .isZero();
        await().alias(EXERCISE.says("the shop's error listener records both refused subscriptions with their subject,"
                        + " orders.audit, also the one with a queue: the subject is the first quoted text"))
                .atMost(WAIT)
                .untilAsserted(() -> assertThat(shopViolations.violations())
                        .filteredOn(violation -> violation.operation() == Operation.SUBSCRIBE)
                        .containsOnly(new Violation(Operation.SUBSCRIBE, "orders.audit"))
                        .hasSizeGreaterThanOrEqualTo(2));
        audit.unsubscribe();
        auditors.unsubscribe();
        shopOrders.unsubscribe();
    }

    @Test
    @DisplayName("8.18 the helpdesk answers the shop's requests without any publish right: allow_responses")
    void allowResponses() throws Exception {
        startOnce();
        String ticket = "ticket " + random.nextInt(1000);
        Dispatcher answering =
                helpdesk.createDispatcher(request -> helpdesk.publish(request.getReplyTo(), bytes(ticket)));
        answering.subscribe("help.>");
        helpdesk.flush(WAIT);

        Throwable[] failure = new Throwable[1];
        Message[] reply = new Message[1];
        failure[0] = catchThrowable(() -> reply[0] = shop.request("help.printer", bytes("it jams"), WAIT));

        assertThat(reply[0] == null ? null : new String(reply[0].getData(), StandardCharsets.UTF_8))
                .as(EXERCISE.says(
                        "the shop asks help.printer and the helpdesk answers %s; the shop may publish on help.>,"
                                + " and it receives the answer in its inbox (subscribe _INBOX.>), the helpdesk may"
                                + " publish to the reply subject of a request it received (allow_responses: true)."
                                + " The request ended with %s; the shop's violations: %s, the helpdesk's: %s",
                        ticket, failure[0], shopViolations.violations(), helpdeskViolations.violations()))
                .isEqualTo(ticket);

        String order = "orders." + (3000 + random.nextInt(1000));
        helpdesk.publish(order + ".created", bytes("not mine to publish"));
        await().alias(EXERCISE.says(
                        "anything else the helpdesk publishes is refused: with allow_responses and no publish list,"
                                + " it may publish only its answers"))
                .atMost(WAIT)
                .untilAsserted(() -> assertThat(helpdeskViolations.violations())
                        .contains(new Violation(Operation.PUBLISH, order + ".created")));
        helpdesk.closeDispatcher(answering);
    }

    @Test
    @DisplayName(
            "8.18 the recorder takes the subject from the server's text, also with a queue, and ignores other errors")
    void recorderReadsTheServersTexts() {
        ViolationRecorder recorder = new ViolationRecorder();

        recorder.errorOccurred(null, "Permissions Violation for Publish to \"orders.7.refund\"");
        recorder.errorOccurred(null, "Authorization Violation");
        recorder.errorOccurred(
                null, "Permissions Violation for Subscription to \"orders.audit\" using queue \"auditors\"");
        recorder.errorOccurred(null, "Maximum Payload Violation");

        assertThat(recorder.violations())
                .as(EXERCISE.says(
                        "two violations: a publish on orders.7.refund, then a subscription to orders.audit (the"
                                + " subject is the first quoted text; a queue's name may follow it in quotes); other"
                                + " errors are not permission violations"))
                .containsExactly(
                        new Violation(Operation.PUBLISH, "orders.7.refund"),
                        new Violation(Operation.SUBSCRIBE, "orders.audit"));
    }

    private static Connection connect(ConfiguredNatsServer started, String user, ViolationRecorder recorder)
            throws Exception {
        return Nats.connect(new Options.Builder()
                .server(started.url())
                .userInfo(user, PASSWORD)
                .errorListener(recorder)
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

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
