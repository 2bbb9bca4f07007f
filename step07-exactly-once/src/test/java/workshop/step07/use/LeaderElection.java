package workshop.step07.use;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times a stream's failover: from the moment its leader is lost until the server announces a new
 * one with the advisory {@code $JS.EVENT.ADVISORY.STREAM.LEADER_ELECTED.<stream>}. The connection
 * it listens on must be to a node that stays up; it owns that connection.
 */
final class LeaderElection implements AutoCloseable {

    /** A new leader, and how long after the old one was lost it was announced. */
    record Failover(String leader, Duration after) {}

    private static final Pattern LEADER = Pattern.compile("\"leader\"\\s*:\\s*\"([^\"]*)\"");

    private final Connection connection;
    private final CompletableFuture<Failover> elected = new CompletableFuture<>();
    private volatile long lostAt;

    private LeaderElection(Connection connection, String stream) throws InterruptedException, TimeoutException {
        this.connection = connection;
        Dispatcher dispatcher = connection.createDispatcher(message -> {
            long now = System.nanoTime();
            if (lostAt != 0) { // an election announced before the leader was lost is not this failover
                Matcher leader = LEADER.matcher(new String(message.getData(), java.nio.charset.StandardCharsets.UTF_8));
                elected.complete(new Failover(leader.find() ? leader.group(1) : "?", Duration.ofNanos(now - lostAt)));
            }
        });
        dispatcher.subscribe("$JS.EVENT.ADVISORY.STREAM.LEADER_ELECTED." + stream);
        connection.flush(Duration.ofSeconds(2)); // the node has the subscription before the leader goes
    }

    /** Listens for the stream's next leader election on this connection. */
    static LeaderElection watch(Connection connection, String stream) throws InterruptedException, TimeoutException {
        return new LeaderElection(connection, stream);
    }

    /** Call just before the leader goes: the clock starts. */
    void leaderLost() {
        lostAt = System.nanoTime();
    }

    /** The stream's next leader and how long it was without one, or empty when no election was announced within {@code timeout}. */
    Optional<Failover> failover(Duration timeout) {
        try {
            return Optional.of(elected.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException notSeen) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() throws InterruptedException {
        connection.close();
    }
}
