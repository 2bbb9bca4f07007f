package workshop.step03.use;

import io.nats.client.Connection;
import io.nats.service.Discovery;
import io.nats.service.Endpoint;
import io.nats.service.EndpointStats;
import io.nats.service.PingResponse;
import io.nats.service.StatsResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        // EXERCISE 3.9 BEGIN: Ping the service by name, waiting 'wait' for every instance to answer (noneIfNothingRuns
        // copes with none).
        return noneIfNothingRuns(() -> discovery(connection, wait).ping(name)).stream()
                .map(PingResponse::getId)
                .sorted()
                .toList();
        // EXERCISE 3.9 END
    }

    /**
     * The subjects the endpoints of service {@code name} listen on ({@code $SRV.INFO.<name>}), sorted and
     * without repeats (every instance lists the same endpoints).
     */
    public static List<String> endpointSubjects(Connection connection, String name, Duration wait) {
        // EXERCISE 3.9 BEGIN: Ask every instance for its info and collect its endpoints' subjects.
        return noneIfNothingRuns(() -> discovery(connection, wait).info(name)).stream()
                .flatMap(info -> info.getEndpoints().stream())
                .map(Endpoint::getSubject)
                .distinct()
                .sorted()
                .toList();
        // EXERCISE 3.9 END
    }

    /**
     * How many requests each instance of service {@code name} has handled on endpoint {@code endpoint}
     * ({@code $SRV.STATS.<name>}), by instance id.
     */
    public static Map<String, Long> requestsPerInstance(
            Connection connection, String name, String endpoint, Duration wait) {
        // EXERCISE 3.9 BEGIN: Ask every instance for its stats and take the endpoint's request count.
        Map<String, Long> requests = new TreeMap<>();
        for (StatsResponse stats :
                noneIfNothingRuns(() -> discovery(connection, wait).stats(name))) {
            for (EndpointStats endpointStats : stats.getEndpointStatsList()) {
                if (endpointStats.getName().equals(endpoint)) {
                    requests.put(stats.getId(), endpointStats.getNumRequests());
                }
            }
        }
        return requests;
        // EXERCISE 3.9 END
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
