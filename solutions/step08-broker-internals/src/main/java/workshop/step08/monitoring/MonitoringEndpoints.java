package workshop.step08.monitoring;

import workshop.step08.server.ClientConnection;
import workshop.step08.server.ConnectOptions;
import workshop.step08.server.NatsBroker;
import workshop.step08.routing.CachingIndex;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the monitoring port shows, with nats-server's field names, so the same dashboards and
 * health checks ({@code curl localhost:8222/varz}) read both. Each method returns a JSON object
 * as a map (insertion-ordered, so the output reads top to bottom).
 */
public final class MonitoringEndpoints {

    private final NatsBroker broker;

    public MonitoringEndpoints(NatsBroker broker) {
        this.broker = broker;
    }

    /**
     * {@code /varz}: the server as a whole: {@code server_id}, {@code server_name}, {@code version},
     * {@code host}, {@code port}, {@code max_payload}, {@code start}, {@code now}, {@code uptime},
     * {@code connections} (now), {@code total_connections} (since start), {@code subscriptions},
     * {@code in_msgs}, {@code out_msgs}, {@code in_bytes}, {@code out_bytes}, {@code slow_consumers}.
     */
    public Map<String, Object> varz() {
        // EXERCISE 8.9 BEGIN: Fill the fields listed above from the broker, its stats and its index.
        Map<String, Object> varz = new LinkedHashMap<>();
        Instant now = Instant.now();
        varz.put("server_id", broker.serverId());
        varz.put("server_name", broker.options().serverName());
        varz.put("version", broker.serverInfo().version());
        varz.put("host", broker.options().host());
        varz.put("port", broker.port());
        varz.put("max_payload", broker.options().maxPayload());
        varz.put("start", broker.started().toString());
        varz.put("now", now.toString());
        varz.put("uptime", uptime(broker.started(), now));
        varz.put("connections", broker.connections().size());
        varz.put("total_connections", broker.stats().totalConnections());
        varz.put("subscriptions", broker.index().count());
        varz.put("in_msgs", broker.stats().inMsgs());
        varz.put("out_msgs", broker.stats().outMsgs());
        varz.put("in_bytes", broker.stats().inBytes());
        varz.put("out_bytes", broker.stats().outBytes());
        varz.put("slow_consumers", broker.stats().slowConsumers());
        return varz;
        // EXERCISE 8.9 END
    }

    /**
     * {@code /connz}: {@code num_connections} and {@code connections}, one object per client, by
     * {@code cid}: {@code cid}, {@code ip}, {@code port}, {@code start}, {@code name}, {@code lang},
     * {@code version}, {@code subscriptions} (a count), {@code pending_bytes}, {@code in_msgs},
     * {@code out_msgs}, {@code in_bytes}, {@code out_bytes}.
     */
    public Map<String, Object> connz() {
        // EXERCISE 8.9 BEGIN: One object per connection, ordered by cid, with the fields listed above.
        List<Map<String, Object>> list = new ArrayList<>();
        List<ClientConnection> connections = new ArrayList<>(broker.connections());
        connections.sort(Comparator.comparingLong(ClientConnection::id));
        for (ClientConnection connection : connections) {
            ConnectOptions options = connection.session().options();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("cid", connection.id());
            entry.put("ip", connection.remoteHost());
            entry.put("port", connection.remotePort());
            entry.put("start", connection.started().toString());
            entry.put("name", options.name() == null ? "" : options.name());
            entry.put("lang", options.lang() == null ? "" : options.lang());
            entry.put("version", options.version() == null ? "" : options.version());
            entry.put("subscriptions", connection.session().subscriptions().size());
            entry.put("pending_bytes", connection.pendingBytes());
            entry.put("in_msgs", connection.inMsgs());
            entry.put("out_msgs", connection.outMsgs());
            entry.put("in_bytes", connection.inBytes());
            entry.put("out_bytes", connection.outBytes());
            list.add(entry);
        }
        Map<String, Object> connz = new LinkedHashMap<>();
        connz.put("server_id", broker.serverId());
        connz.put("now", Instant.now().toString());
        connz.put("num_connections", list.size());
        connz.put("connections", list);
        return connz;
        // EXERCISE 8.9 END
    }

    /**
     * {@code /subsz}: the subject index: {@code num_subscriptions}, {@code num_cache} (subjects
     * cached), {@code num_inserts}, {@code num_removes}, {@code num_matches} (lookups),
     * {@code cache_hit_rate} (0 to 1).
     */
    public Map<String, Object> subsz() {
        // EXERCISE 8.9 BEGIN: Read the numbers from the broker's CachingIndex.
        CachingIndex index = broker.index();
        Map<String, Object> subsz = new LinkedHashMap<>();
        subsz.put("num_subscriptions", index.count());
        subsz.put("num_cache", index.cachedSubjects());
        subsz.put("num_inserts", index.inserts());
        subsz.put("num_removes", index.removes());
        subsz.put("num_matches", index.hits() + index.misses());
        subsz.put("cache_hit_rate", index.hitRate());
        return subsz;
        // EXERCISE 8.9 END
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
