package workshop.step08.monitoring;

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
        // EXERCISE 8.9 BEGIN: Fill the fields listed above from the view's server(), totals(), clients() and
        // indexStats().
        BrokerView.Server server = broker.server();
        BrokerView.Totals totals = broker.totals();
        Instant now = Instant.now();
        Map<String, Object> varz = new LinkedHashMap<>();
        varz.put("server_id", server.id());
        varz.put("server_name", server.name());
        varz.put("version", server.version());
        varz.put("host", server.host());
        varz.put("port", server.port());
        varz.put("max_payload", server.maxPayload());
        varz.put("start", server.started().toString());
        varz.put("now", now.toString());
        varz.put("uptime", uptime(server.started(), now));
        varz.put("connections", broker.clients().size());
        varz.put("total_connections", totals.totalConnections());
        varz.put("subscriptions", broker.indexStats().subscriptions());
        varz.put("in_msgs", totals.traffic().inMsgs());
        varz.put("out_msgs", totals.traffic().outMsgs());
        varz.put("in_bytes", totals.traffic().inBytes());
        varz.put("out_bytes", totals.traffic().outBytes());
        varz.put("slow_consumers", totals.slowConsumers());
        return varz;
        // EXERCISE 8.9 END
    }

    /**
     * {@code /connz}: {@code server_id}, {@code now}, {@code num_connections} and {@code connections},
     * one object per client, by {@code cid}: {@code cid}, {@code ip}, {@code port}, {@code start},
     * {@code name}, {@code lang}, {@code version}, {@code subscriptions} (a count), {@code pending_bytes},
     * {@code in_msgs}, {@code out_msgs}, {@code in_bytes}, {@code out_bytes}.
     */
    public Map<String, Object> connz() {
        // EXERCISE 8.9 BEGIN: One object per client, ordered by cid, with the fields listed above.
        List<BrokerView.Client> clients = new ArrayList<>(broker.clients());
        clients.sort(Comparator.comparingLong(BrokerView.Client::id));
        List<Map<String, Object>> list = new ArrayList<>();
        for (BrokerView.Client client : clients) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("cid", client.id());
            entry.put("ip", client.ip());
            entry.put("port", client.port());
            entry.put("start", client.started().toString());
            entry.put("name", client.name());
            entry.put("lang", client.lang());
            entry.put("version", client.version());
            entry.put("subscriptions", client.subscriptions());
            entry.put("pending_bytes", client.pendingBytes());
            entry.put("in_msgs", client.traffic().inMsgs());
            entry.put("out_msgs", client.traffic().outMsgs());
            entry.put("in_bytes", client.traffic().inBytes());
            entry.put("out_bytes", client.traffic().outBytes());
            list.add(entry);
        }
        Map<String, Object> connz = new LinkedHashMap<>();
        connz.put("server_id", broker.server().id());
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
        // EXERCISE 8.9 BEGIN: Read the numbers from the view's indexStats().
        BrokerView.IndexStats index = broker.indexStats();
        Map<String, Object> subsz = new LinkedHashMap<>();
        subsz.put("num_subscriptions", index.subscriptions());
        subsz.put("num_cache", index.cachedSubjects());
        subsz.put("num_inserts", index.inserts());
        subsz.put("num_removes", index.removes());
        subsz.put("num_matches", index.matches());
        subsz.put("cache_hit_rate", index.cacheHitRate());
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
