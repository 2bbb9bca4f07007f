package workshop.step08.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What the monitoring port shows, with nats-server's field names, so the same dashboards and
 * health checks ({@code curl localhost:8222/varz}) read both. Each method returns a JSON object
 * as a map (insertion-ordered, so the output reads top to bottom). Reads only a {@link BrokerView}.
 */
public final class MonitoringEndpoints {

    private final BrokerView broker;

    public MonitoringEndpoints(BrokerView broker) {
        this.broker = broker;
    }

    /**
     * {@code /varz}: the server as a whole: {@code server_id}, {@code server_name}, {@code version},
     * {@code host}, {@code port}, {@code max_payload}, {@code start}, {@code now}, {@code uptime},
     * {@code connections} (now), {@code total_connections} (since start), {@code subscriptions},
     * {@code in_msgs}, {@code out_msgs}, {@code in_bytes}, {@code out_bytes}, {@code slow_consumers}.
     */
    public Map<String, Object> varz() {
        // TODO Exercise 8.9: Fill the fields listed above from the view's server(), totals(), clients() and
        // indexStats().
        throw new UnsupportedOperationException("Exercise 8.9 is not solved yet: Show the broker's insides over HTTP. Read step08-broker-internals/README.md#89-show-the-brokers-insides-over-http");
    }

    /**
     * {@code /connz}: {@code server_id}, {@code now}, {@code num_connections} and {@code connections},
     * one object per client, by {@code cid}: {@code cid}, {@code ip}, {@code port}, {@code start},
     * {@code name}, {@code lang}, {@code version}, {@code subscriptions} (a count), {@code pending_bytes},
     * {@code in_msgs}, {@code out_msgs}, {@code in_bytes}, {@code out_bytes}.
     */
    public Map<String, Object> connz() {
        // TODO Exercise 8.9: One object per client, ordered by cid, with the fields listed above.
        throw new UnsupportedOperationException("Exercise 8.9 is not solved yet: Show the broker's insides over HTTP. Read step08-broker-internals/README.md#89-show-the-brokers-insides-over-http");
    }

    /**
     * {@code /subsz}: the subject index: {@code num_subscriptions}, {@code num_cache} (subjects
     * cached), {@code num_inserts}, {@code num_removes}, {@code num_matches} (lookups),
     * {@code cache_hit_rate} (0 to 1).
     */
    public Map<String, Object> subsz() {
        // TODO Exercise 8.9: Read the numbers from the view's indexStats().
        throw new UnsupportedOperationException("Exercise 8.9 is not solved yet: Show the broker's insides over HTTP. Read step08-broker-internals/README.md#89-show-the-brokers-insides-over-http");
    }

    /** nats-server's way of writing a duration: {@code 1d2h3m4s}. */
    static String uptime(Instant since, Instant now) {
        Duration d = Duration.between(since, now);
        StringBuilder out = new StringBuilder();
        if (d.toDays() > 0) {
            out.append(d.toDays()).append('d');
        }
        if (d.toHoursPart() > 0) {
            out.append(d.toHoursPart()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            out.append(d.toMinutesPart()).append('m');
        }
        return out.append(d.toSecondsPart()).append('s').toString();
    }
}
