package workshop.step03.use;

import io.nats.client.Connection;
import io.nats.service.Discovery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finding services and their numbers at run time. Every service built with the Service API answers
 * three scatter-gather requests: {@code $SRV.PING}, {@code $SRV.INFO} and {@code $SRV.STATS}, each
 * optionally followed by {@code .<name>} and {@code .<name>.<id>}. Every running instance answers, so
 * the requester waits for {@code wait} and keeps what arrived: {@link Discovery} does exactly that.
 */
public final class ServiceDiscovery {

    private ServiceDiscovery() {}

    /** The ids of the running instances of service {@code name} ({@code $SRV.PING.<name>}), sorted. */
    public static List<String> instanceIds(Connection connection, String name, Duration wait) {
        // TODO Exercise 3.9: Ping the service by name, waiting 'wait' for every instance to answer (noneIfNothingRuns
        // copes with none).
        throw new UnsupportedOperationException("Exercise 3.9 is not solved yet: Discover services. Read step03-request-reply/README.md#39-discover-services");
    }

    /**
     * The subjects the endpoints of service {@code name} listen on ({@code $SRV.INFO.<name>}), sorted and
     * without repeats (every instance lists the same endpoints).
     */
    public static List<String> endpointSubjects(Connection connection, String name, Duration wait) {
        // TODO Exercise 3.9: Ask every instance for its info and collect its endpoints' subjects.
        throw new UnsupportedOperationException("Exercise 3.9 is not solved yet: Discover services. Read step03-request-reply/README.md#39-discover-services");
    }

    /**
     * How many requests each instance of service {@code name} has handled on endpoint {@code endpoint}
     * ({@code $SRV.STATS.<name>}), by instance id.
     */
    public static Map<String, Long> requestsPerInstance(
            Connection connection, String name, String endpoint, Duration wait) {
        // TODO Exercise 3.9: Ask every instance for its stats and take the endpoint's request count.
        throw new UnsupportedOperationException("Exercise 3.9 is not solved yet: Discover services. Read step03-request-reply/README.md#39-discover-services");
    }

    /**
     * Runs a discovery, and reads jnats 2.26's failure when no instance runs as "none". With nobody
     * subscribed to the {@code $SRV} subject, nats-server answers with a 503 no-responders status;
     * {@link Discovery} then tries to read that empty status message as a response and throws
     * {@code IllegalArgumentException("Type cannot be null or empty.")}.
     */
    private static <T> List<T> noneIfNothingRuns(Supplier<List<T>> discover) {
        try {
            return discover.get();
        } catch (IllegalArgumentException nobodyAnswered) {
            return List.of();
        }
    }

    /** A Discovery that waits {@code wait} for answers, however many come. */
    private static Discovery discovery(Connection connection, Duration wait) {
        return new Discovery(connection, wait.toMillis(), Integer.MAX_VALUE);
    }
}
