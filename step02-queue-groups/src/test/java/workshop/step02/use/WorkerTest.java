package workshop.step02.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.Message;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsCluster;
import workshop.testkit.NatsServer;
import workshop.testkit.NatsServerTest;
import workshop.testkit.ServerAssumptions;

/** Exercise 2.4: workers in one queue group on the real server share the jobs, each job done once. */
@NatsServerTest
class WorkerTest {

    private static final Exercise EXERCISE = Exercise.of("2.4");
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** The jobs one worker processed, as text. */
    private static final class Processed {
        final List<String> jobs = new CopyOnWriteArrayList<>();

        void record(Message message) {
            jobs.add(new String(message.getData(), StandardCharsets.UTF_8));
        }
    }

    private static List<String> publishJobs(Connection publisher, String subject, String prefix, int count)
            throws Exception {
        List<String> jobs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String job = prefix + "-" + i;
            publisher.publish(subject, job.getBytes(StandardCharsets.UTF_8));
            jobs.add(job);
        }
        publisher.flush(PATIENCE);
        return jobs;
    }

    private static List<String> all(List<Processed> workers) {
        List<String> jobs = new ArrayList<>();
        workers.forEach(worker -> jobs.addAll(worker.jobs));
        return jobs;
    }

    @Test
    @DisplayName("2.4 shares the jobs among the workers, each job processed by exactly one")
    void exactlyOnceAmongWorkers(Connection publisher, NatsServer server, Random random) throws Exception {
        String subject = "jobs.resize." + random.nextInt(1000);
        List<Processed> processed = List.of(new Processed(), new Processed(), new Processed());
        List<Connection> connections = new ArrayList<>();
        try {
            for (Processed worker : processed) {
                Connection connection = server.connect();
                connections.add(connection);
                Worker.start(connection, subject, "resizers", worker::record);
            }
            List<String> published = publishJobs(publisher, subject, "image", 300);

            await().alias(EXERCISE.says("all 300 jobs processed"))
                    .atMost(PATIENCE)
                    .until(() -> all(processed).size() >= published.size());
            assertThat(all(processed))
                    .as(EXERCISE.says("every job processed once, by one worker: a queue subscription, not a plain one"))
                    .containsExactlyInAnyOrderElementsOf(published);
            // nats-server picks a member uniformly at random: a worker gets fewer than 50 of 300 jobs
            // with probability below 1e-10 per run.
            for (Processed worker : processed) {
                assertThat(worker.jobs.size())
                        .as(EXERCISE.says("each of 3 workers gets a fair share of 300 jobs"))
                        .isGreaterThanOrEqualTo(50);
            }
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    @Test
    @DisplayName(
            "2.4 a worker added later gets a share of every job published after start returns, and none from before")
    void scaleOut(Connection publisher, NatsServer server, Random random) throws Exception {
        String subject = "jobs.email." + random.nextInt(1000);
        Processed first = new Processed();
        Processed second = new Processed();
        try (Connection firstConnection = server.connect();
                Connection secondConnection = server.connect()) {
            Worker.start(firstConnection, subject, "mailers", first::record);
            List<String> before = publishJobs(publisher, subject, "before", 100);

            Worker.start(secondConnection, subject, "mailers", second::record);
            List<String> after = publishJobs(publisher, subject, "after", 100);

            await().alias(EXERCISE.says("all 200 jobs processed"))
                    .atMost(PATIENCE)
                    .until(() -> first.jobs.size() + second.jobs.size() >= 200);
            assertThat(first.jobs)
                    .as(EXERCISE.says("alone, the first worker got every early job"))
                    .containsAll(before);
            assertThat(second.jobs)
                    .as(EXERCISE.says("the new worker never sees jobs published before it joined"))
                    .doesNotContainAnyElementsOf(before);
            // Two members share 100 jobs: the new one getting none has probability 2^-100. If it does get
            // none, start() returned before the server knew the subscription.
            assertThat(second.jobs)
                    .as(EXERCISE.says("once start() returned, the new worker gets a share of the jobs"))
                    .containsAnyElementsOf(after);
            assertThat(all(List.of(first, second)))
                    .as(EXERCISE.says(
                            "together the two workers processed each of the 200 jobs exactly once: workers share jobs"
                                    + " only as members of one queue group"))
                    .containsExactlyInAnyOrderElementsOf(concat(before, after));
        }
    }

    @Test
    @DisplayName("2.4 a job published while no worker is up is lost: core NATS keeps nothing")
    void noMemberNoMessage(Connection publisher, NatsServer server, Random random) throws Exception {
        String subject = "tickets.created." + random.nextInt(1000);
        publishJobs(publisher, subject, "lost", 1);

        Processed worker = new Processed();
        try (Connection connection = server.connect()) {
            Worker.start(connection, subject, "orders-service", worker::record);
            publishJobs(publisher, subject, "found", 1);

            await().alias(EXERCISE.says("the worker gets the job published after it started"))
                    .atMost(PATIENCE)
                    .until(() -> worker.jobs.contains("found-0"));
            // One publisher's messages arrive in order: had the first job been kept, it would be here first.
            assertThat(worker.jobs)
                    .as(EXERCISE.says("the job published before any worker was up is gone (step 4's streams keep it)"))
                    .containsExactly("found-0");
        }
    }

    @Test
    @DisplayName("2.4 in a cluster, a job goes to any member of the group, whichever server the member is connected to")
    void clusterWideChoice(Random random) throws Exception {
        ServerAssumptions.assumeLocalBinary("a 3-node cluster");
        String subject = "jobs.thumbnail." + random.nextInt(1000);
        Processed onPublishersServer = new Processed();
        Processed onAnotherServer = new Processed();
        try (NatsCluster cluster = NatsCluster.start("queues", 3);
                Connection publisher = cluster.nodes().get(0).connect();
                Connection local = cluster.nodes().get(0).connect();
                Connection remote = cluster.nodes().get(1).connect()) {
            Worker.start(local, subject, "thumbnailers", onPublishersServer::record);
            Worker.start(remote, subject, "thumbnailers", onAnotherServer::record);
            // The other server tells the publisher's server about its member over their route, a moment
            // after start() returned there: publish warm-up jobs until one has crossed.
            AtomicInteger warmUps = new AtomicInteger();
            await().alias(
                            EXERCISE.says(
                                    "a member on another server of the cluster receives a job within 5 s (the route passes its subscription on)"))
                    .atMost(PATIENCE)
                    .until(() -> {
                        publisher.publish(
                                subject, ("warm-up-" + warmUps.getAndIncrement()).getBytes(StandardCharsets.UTF_8));
                        publisher.flush(PATIENCE);
                        return onAnotherServer.jobs.stream().anyMatch(job -> job.startsWith("warm-up"));
                    });

            List<String> published = publishJobs(publisher, subject, "image", 400);
            await().alias(EXERCISE.says("all 400 jobs processed"))
                    .atMost(PATIENCE)
                    .until(() -> jobs(onPublishersServer, "image").size()
                                    + jobs(onAnotherServer, "image").size()
                            >= 400);
            assertThat(concat(jobs(onPublishersServer, "image"), jobs(onAnotherServer, "image")))
                    .as(EXERCISE.says("every job processed once, by one member, across the cluster"))
                    .containsExactlyInAnyOrderElementsOf(published);
            // No preference for the publisher's own server: each member's share is Binomial(400, 1/2),
            // below 120 with probability under 1e-15. A preference for local members would leave the
            // other server's member with nothing.
            assertThat(jobs(onAnotherServer, "image").size())
                    .as(EXERCISE.says(
                            "the member on another server gets about half of the 400 jobs (nats-server %s picks among all members of the cluster)",
                            cluster.nodes().get(0).version()))
                    .isGreaterThanOrEqualTo(120);
            assertThat(jobs(onPublishersServer, "image").size())
                    .as(EXERCISE.says("the member on the publisher's server gets about half of the 400 jobs"))
                    .isGreaterThanOrEqualTo(120);
        }
    }

    private static List<String> jobs(Processed worker, String prefix) {
        return worker.jobs.stream().filter(job -> job.startsWith(prefix + "-")).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }
}
