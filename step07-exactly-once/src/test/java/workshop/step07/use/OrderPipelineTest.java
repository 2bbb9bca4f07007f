package workshop.step07.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamOptions;
import io.nats.client.api.AckPolicy;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step07.given.DeliveryReport;
import workshop.step07.given.Order;
import workshop.step07.given.OrderWorker;
import workshop.step07.given.ProcessedOrders;
import workshop.testkit.Exercise;
import workshop.testkit.LocalNatsServer;
import workshop.testkit.NatsCluster;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.ServerAssumptions;
import workshop.testkit.TestResources;

/** Exercise 7.7: the pipeline's stream and consumer, and the whole pipeline (7.5, 7.6) through restarts, crashes and lost leaders. */
@NatsServerTest
class OrderPipelineTest {

    private static final Exercise EXERCISE = Exercise.of("7.7");
    private static final Duration ACK_WAIT = Duration.ofMillis(500);
    private static final JetStreamOptions SHORT_TIMEOUTS =
            JetStreamOptions.builder().requestTimeout(Duration.ofSeconds(1)).build();
    /** A cluster's JetStream API can take seconds to answer while it places an R3 stream or elects a leader. */
    private static final JetStreamOptions CLUSTER_ADMIN_TIMEOUTS =
            JetStreamOptions.builder().requestTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName(
            "7.7 the stream keeps orders on disk and remembers ids; the consumer acks explicitly and never gives up")
    void configuration(JetStreamManagement management, TestResources resources, Random random) throws Exception {
        int replicas = 1;
        String name = resources.stream("ORDERS_CONFIG");
        String subject = "orders" + random.nextInt(1000) + ".config";
        StreamConfiguration stream =
                OrderPipeline.createStream(management, name, subject, replicas).getConfiguration();
        Duration ackWait = Duration.ofMillis(500 + random.nextInt(1000));
        ConsumerConfiguration consumer = OrderPipeline.createConsumer(management, name, "shipping", ackWait)
                .getConsumerConfiguration();

        assertThat(stream.getStorageType())
                .as(EXERCISE.says("file storage, so a restart keeps the orders"))
                .isEqualTo(StorageType.File);
        assertThat(stream.getSubjects())
                .as(EXERCISE.says("the stream captures the orders subject"))
                .containsExactly(subject);
        assertThat(stream.getReplicas())
                .as(EXERCISE.says("the stream has the replicas asked for"))
                .isEqualTo(replicas);
        assertThat(stream.getDuplicateWindow())
                .as(EXERCISE.says("the duplicate window is OrderPipeline.DUPLICATE_WINDOW, longer than"
                        + " any publisher retries"))
                .isEqualTo(OrderPipeline.DUPLICATE_WINDOW);
        assertThat(consumer.getDurable())
                .as(EXERCISE.says("a durable consumer, so it survives restarts"))
                .isEqualTo("shipping");
        assertThat(consumer.getAckPolicy())
                .as(EXERCISE.says("every message is acknowledged on its own"))
                .isEqualTo(AckPolicy.Explicit);
        assertThat(consumer.getAckWait())
                .as(EXERCISE.says("the AckWait asked for"))
                .isEqualTo(ackWait);
        assertThat(consumer.getMaxDeliver())
                .as(EXERCISE.says("unlimited deliveries (-1): an order is never given up on"))
                .isEqualTo(-1);
    }

    @Test
    @DisplayName(
            "7.7 fault (c): the server restarts mid-run on the same port and store, and every order is shipped exactly once")
    void serverRestart(NatsServer server, TestResources resources, Random random) throws Exception {
        ServerAssumptions.assumeRestartable(server, "fault (c), a server restart,");
        String stream = resources.stream("ORDERS_C");
        String subject = "orders" + random.nextInt(1000) + ".c";
        try (Connection admin = server.connect(FaultKit.expectingOutages());
                Connection publishing = server.connect(FaultKit.expectingOutages())) {
            JetStreamManagement management = admin.jetStreamManagement(SHORT_TIMEOUTS);
            OrderPipeline.createStream(management, stream, subject, 1);
            OrderPipeline.createConsumer(management, stream, "shipping", ACK_WAIT);
            List<Order> orders = FaultKit.orders("c", 300, random);
            var run = new PipelineRun("fault (c) server restart", orders, stream, "shipping");
            var handler = new IdempotentOrderHandler(new ProcessedOrders(), run.shipments(), Duration.ofSeconds(1));
            var publisher =
                    new ReliablePublisher(publishing.jetStream(SHORT_TIMEOUTS), subject, Duration.ofSeconds(20));

            PipelineRun.Verdict verdict = run.run(
                    management,
                    published -> publishAll(publisher, orders, published),
                    () -> server.connect(FaultKit.expectingOutages()),
                    handler::handle,
                    server::restart,
                    EXERCISE);

            assertExactlyOnce(verdict);
        }
    }

    @Test
    @DisplayName(
            "7.7 fault (d): in a 3-node cluster the R3 stream's leader is killed mid-run, and every order is shipped exactly once")
    void leaderKilled(Random random) throws Exception {
        ServerAssumptions.assumeLocalBinary(
                "fault (d), a 3-node cluster,"); // its own servers: the names below cannot clash
        try (NatsCluster cluster = NatsCluster.start("orders", 3);
                Connection admin = cluster.connect(FaultKit.expectingOutages());
                Connection publishing = cluster.connect(FaultKit.expectingOutages())) {
            JetStreamManagement management = admin.jetStreamManagement(CLUSTER_ADMIN_TIMEOUTS);
            OrderPipeline.createStream(management, "ORDERS_D", "orders.d", 3);
            OrderPipeline.createConsumer(management, "ORDERS_D", "shipping", ACK_WAIT);
            List<Order> orders = FaultKit.orders("d", 300, random);
            var run = new PipelineRun("fault (d) stream leader killed", orders, "ORDERS_D", "shipping");
            var handler = new IdempotentOrderHandler(new ProcessedOrders(), run.shipments(), Duration.ofSeconds(1));
            var publisher =
                    new ReliablePublisher(publishing.jetStream(SHORT_TIMEOUTS), "orders.d", Duration.ofSeconds(20));
            Runnable killTheLeader = () -> {
                try {
                    String leader = management
                            .getStreamInfo("ORDERS_D")
                            .getClusterInfo()
                            .getLeader();
                    System.out.println("[checker] fault (d): stopping " + leader + ", the leader of ORDERS_D");
                    cluster.node(leader).stop();
                } catch (Exception e) {
                    throw new IllegalStateException("Could not find and stop the stream leader", e);
                }
            };

            PipelineRun.Verdict verdict = run.run(
                    management,
                    published -> publishAll(publisher, orders, published),
                    () -> cluster.connect(FaultKit.expectingOutages()),
                    handler::handle,
                    killTheLeader,
                    EXERCISE);

            assertThat(management.getStreamInfo("ORDERS_D").getConfiguration().getReplicas())
                    .as(EXERCISE.says("the stream has 3 replicas, so it survives its leader"))
                    .isEqualTo(3);
            assertExactlyOnce(verdict);
        }
    }

    private static void publishAll(ReliablePublisher publisher, List<Order> orders, AtomicInteger published)
            throws Exception {
        for (Order order : orders) {
            publisher.publish(order);
            published.incrementAndGet();
        }
    }

    private static void assertExactlyOnce(PipelineRun.Verdict verdict) {
        DeliveryReport stored = verdict.stored();
        DeliveryReport shipped = verdict.shipped();
        assertThat(stored.lost())
                .as(EXERCISE.says("every acknowledged order is still in the stream after the fault; %s", stored))
                .isZero();
        assertThat(stored.duplicated())
                .as(EXERCISE.says("retries across the fault are deduplicated; %s", stored))
                .isZero();
        assertThat(stored.unexpected())
                .as(EXERCISE.says("the stream holds nothing else; %s", stored))
                .isZero();
        assertThat(shipped.lost())
                .as(EXERCISE.says("every order is shipped; %s", shipped))
                .isZero();
        assertThat(shipped.duplicated())
                .as(EXERCISE.says("no order is shipped twice; %s", shipped))
                .isZero();
        assertThat(shipped.unexpected())
                .as(EXERCISE.says("nothing unexpected is shipped; %s", shipped))
                .isZero();
    }

    @Test
    @DisplayName(
            "7.7 fault (e): in a 3-node cluster the R3 stream's leader crashes (SIGKILL, no handover) mid-run, and every order is shipped exactly once")
    void leaderCrashed(Random random) throws Exception {
        ServerAssumptions.assumeLocalBinary(
                "fault (e), a 3-node cluster,"); // its own servers: the names below cannot clash
        try (NatsCluster cluster = NatsCluster.start("orders-crash", 3);
                Connection admin = cluster.connect(FaultKit.expectingOutages());
                Connection publishing = cluster.connect(FaultKit.expectingOutages())) {
            // Creating an R3 stream or consumer elects a Raft group, and reading a stream right after its
            // leader crashed waits for the next one: on a busy machine either can take over a second.
            JetStreamManagement management = admin.jetStreamManagement(CLUSTER_ADMIN_TIMEOUTS);
            OrderPipeline.createStream(management, "ORDERS_E", "orders.e", 3);
            OrderPipeline.createConsumer(management, "ORDERS_E", "shipping", ACK_WAIT);
            List<Order> orders = FaultKit.orders("e", 300, random);
            var run = new PipelineRun("fault (e) stream leader crashed", orders, "ORDERS_E", "shipping");
            var handler = new IdempotentOrderHandler(new ProcessedOrders(), run.shipments(), Duration.ofSeconds(1));
            var publisher =
                    new ReliablePublisher(publishing.jetStream(SHORT_TIMEOUTS), "orders.e", Duration.ofSeconds(20));
            AtomicReference<LeaderElection> election = new AtomicReference<>();
            AtomicReference<String> crashed = new AtomicReference<>();
            Runnable crashTheLeader = () -> {
                try {
                    String leader = management
                            .getStreamInfo("ORDERS_E")
                            .getClusterInfo()
                            .getLeader();
                    LocalNatsServer survivor = cluster.nodes().stream()
                            .filter(node -> !node.settings().name().equals(leader))
                            .findFirst()
                            .orElseThrow();
                    election.set(LeaderElection.watch(survivor.connect(FaultKit.expectingOutages()), "ORDERS_E"));
                    System.out.println("[checker] fault (e): killing " + leader + " (SIGKILL), the leader of ORDERS_E");
                    crashed.set(leader);
                    election.get().leaderLost();
                    cluster.kill(leader);
                } catch (Exception e) {
                    throw new IllegalStateException("Could not find and kill the stream leader", e);
                }
            };

            try {
                PipelineRun.Verdict verdict = run.run(
                        management,
                        published -> publishAll(publisher, orders, published),
                        () -> cluster.connect(FaultKit.expectingOutages()),
                        handler::handle,
                        crashTheLeader,
                        EXERCISE);

                var failover = election.get().failover(Duration.ofSeconds(1));
                failover.ifPresent(elected -> System.out.println(
                        "[checker] fault (e): %s was elected leader of ORDERS_E %d ms after %s was killed"
                                .formatted(elected.leader(), elected.after().toMillis(), crashed.get())));
                assertThat(management
                                .getStreamInfo("ORDERS_E")
                                .getConfiguration()
                                .getReplicas())
                        .as(EXERCISE.says("the stream has 3 replicas, so it survives the crash of its leader"))
                        .isEqualTo(3);
                assertExactlyOnce(verdict);
                assumeTrue(
                        failover.isPresent() && !failover.get().leader().equals(crashed.get()),
                        "ORDERS_E announced no new leader after " + crashed.get() + " was killed: it was not the leader"
                                + " any more when it died, so this run did not test a leader crash (run it again)");
            } finally {
                if (election.get() != null) {
                    election.get().close();
                }
            }
        }
    }

    @Test
    @DisplayName(
            "7.7 fault (f): the server crashes (SIGKILL) mid-run and starts again on the same store, and every order is shipped exactly once")
    void serverCrashed(NatsServer server, TestResources resources, Random random) throws Exception {
        ServerAssumptions.assumeRestartable(server, "fault (f), a server crash,");
        LocalNatsServer local = (LocalNatsServer) server;
        String stream = resources.stream("ORDERS_F");
        String subject = "orders" + random.nextInt(1000) + ".f";
        try (Connection admin = server.connect(FaultKit.expectingOutages());
                Connection publishing = server.connect(FaultKit.expectingOutages())) {
            JetStreamManagement management = admin.jetStreamManagement(SHORT_TIMEOUTS);
            OrderPipeline.createStream(management, stream, subject, 1);
            OrderPipeline.createConsumer(management, stream, "shipping", ACK_WAIT);
            List<Order> orders = FaultKit.orders("f", 300, random);
            var run = new PipelineRun("fault (f) server crashed", orders, stream, "shipping");
            var handler = new IdempotentOrderHandler(new ProcessedOrders(), run.shipments(), Duration.ofSeconds(1));
            var publisher =
                    new ReliablePublisher(publishing.jetStream(SHORT_TIMEOUTS), subject, Duration.ofSeconds(20));
            Set<String> confirmed = ConcurrentHashMap.newKeySet(); // orders whose ackSync the server confirmed
            AtomicInteger deliveredAgain = new AtomicInteger();
            OrderWorker.Processor countingRepeats = message -> {
                String id = Order.fromBytes(message.getData()).id();
                if (confirmed.contains(id)) {
                    deliveredAgain.incrementAndGet();
                }
                handler.handle(message);
                confirmed.add(id);
            };
            Runnable crashAndStartAgain = () -> {
                System.out.println(
                        "[checker] fault (f): killing the server (SIGKILL), then starting it on the same port and store");
                local.kill();
                local.start();
            };

            PipelineRun.Verdict verdict = run.run(
                    management,
                    published -> publishAll(publisher, orders, published),
                    () -> server.connect(FaultKit.expectingOutages()),
                    countingRepeats,
                    crashAndStartAgain,
                    EXERCISE);

            System.out.println(
                    "[checker] fault (f): " + deliveredAgain.get() + " deliveries of orders whose ack the server had"
                            + " confirmed: the crash came before those acks reached the consumer's state on disk");
            assertExactlyOnce(verdict);
        }
    }
}
