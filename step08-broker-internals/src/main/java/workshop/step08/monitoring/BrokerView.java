package workshop.step08.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * What the monitoring endpoints may see of a broker: numbers and descriptions, read-only, taken at
 * the moment they are asked for. The broker implements it; the endpoints never get hold of the
 * broker itself, its connections or its index, so showing them cannot change them.
 */
public interface BrokerView {

    /** Who the server is and what it allows. */
    Server server();

    /** Totals since the broker started. */
    Totals totals();

    /** The clients connected now, in no particular order. */
    List<Client> clients();

    /** The subject index and its cache. */
    IndexStats indexStats();

    /**
     * @param id         the server id announced in INFO
     * @param name       the server name
     * @param version    the protocol version announced in INFO
     * @param host       the address clients connect to
     * @param port       the client port
     * @param maxPayload the largest payload a client may publish
     * @param started    when the broker started
     */
    record Server(String id, String name, String version, String host, int port, int maxPayload, Instant started) {}

    /** Messages and payload bytes published by clients (in) and delivered to them (out). */
    record Traffic(long inMsgs, long inBytes, long outMsgs, long outBytes) {}

    /**
     * @param totalConnections connections accepted since the start, closed ones included
     * @param slowConsumers    clients cut off because they did not read fast enough
     * @param traffic          all clients' traffic together
     */
    record Totals(long totalConnections, long slowConsumers, Traffic traffic) {}

    /**
     * One connected client.
     *
     * @param id            the server's number for it ({@code cid})
     * @param ip            its address
     * @param port          its port
     * @param started       when it connected
     * @param name          the connection name from CONNECT; empty when it gave none
     * @param lang          its client library's language; empty when it gave none
     * @param version       its client library's version; empty when it gave none
     * @param subscriptions how many subscriptions it has
     * @param pendingBytes  bytes waiting to be written to it
     * @param traffic       its messages in and out
     */
    record Client(
            long id,
            String ip,
            int port,
            Instant started,
            String name,
            String lang,
            String version,
            int subscriptions,
            long pendingBytes,
            Traffic traffic) {}

    /**
     * @param subscriptions  subscriptions in the index
     * @param cachedSubjects subjects whose match result is cached
     * @param inserts        subscriptions inserted since the start
     * @param removes        subscriptions removed since the start
     * @param matches        lookups since the start
     * @param cacheHitRate   the share of lookups answered from the cache, 0 to 1
     */
    record IndexStats(
            int subscriptions, int cachedSubjects, long inserts, long removes, long matches, double cacheHitRate) {}
}
