package workshop.step08.server;

import java.util.List;
import java.util.OptionalInt;
import workshop.step08.mapping.SubjectMapping;
import workshop.step08.protocol.ProtocolParser;

/**
 * How to run a broker. Start from {@link #defaults()} and change what you need:
 * {@code BrokerOptions.defaults().withPort(0).withAuth(AuthSettings.token("s3cret"))}.
 *
 * @param host            the address to listen on
 * @param port            the client port; 0 picks a free one
 * @param monitoringPort  the HTTP monitoring port, if monitoring is on; 0 picks a free one
 * @param maxPayload      the largest payload a client may publish (announced in INFO)
 * @param maxControlLine  the longest control line a client may send
 * @param maxPendingBytes how many bytes may wait for one slow client before it is disconnected
 * @param auth            the credentials clients must present
 * @param mappings        subject mappings applied to every published message
 * @param serverName      the name in INFO and /varz
 */
public record BrokerOptions(
        String host,
        int port,
        OptionalInt monitoringPort,
        int maxPayload,
        int maxControlLine,
        long maxPendingBytes,
        AuthSettings auth,
        List<SubjectMapping> mappings,
        String serverName) {

    public static final long DEFAULT_MAX_PENDING_BYTES = 64L * 1024 * 1024;

    public BrokerOptions {
        mappings = List.copyOf(mappings);
    }

    /** Port 4222, no monitoring, nats-server's limits, no authentication, no mappings. */
    public static BrokerOptions defaults() {
        return new BrokerOptions(
                "127.0.0.1",
                4222,
                OptionalInt.empty(),
                ProtocolParser.DEFAULT_MAX_PAYLOAD,
                ProtocolParser.DEFAULT_MAX_CONTROL_LINE,
                DEFAULT_MAX_PENDING_BYTES,
                AuthSettings.none(),
                List.of(),
                "workshop-broker");
    }

    /** What each client may cost: the part of these options a connection needs. */
    public ClientLimits clientLimits() {
        return new ClientLimits(maxControlLine, maxPayload, maxPendingBytes);
    }

    public BrokerOptions withPort(int port) {
        return new BrokerOptions(
                host, port, monitoringPort, maxPayload, maxControlLine, maxPendingBytes, auth, mappings, serverName);
    }

    /** Serves monitoring over HTTP on {@code monitoringPort} (0: any free port). */
    public BrokerOptions withMonitoringPort(int monitoringPort) {
        return new BrokerOptions(
                host,
                port,
                OptionalInt.of(monitoringPort),
                maxPayload,
                maxControlLine,
                maxPendingBytes,
                auth,
                mappings,
                serverName);
    }

    public BrokerOptions withMaxPayload(int maxPayload) {
        return new BrokerOptions(
                host, port, monitoringPort, maxPayload, maxControlLine, maxPendingBytes, auth, mappings, serverName);
    }

    public BrokerOptions withMaxPendingBytes(long maxPendingBytes) {
        return new BrokerOptions(
                host, port, monitoringPort, maxPayload, maxControlLine, maxPendingBytes, auth, mappings, serverName);
    }

    public BrokerOptions withAuth(AuthSettings auth) {
        return new BrokerOptions(
                host, port, monitoringPort, maxPayload, maxControlLine, maxPendingBytes, auth, mappings, serverName);
    }

    public BrokerOptions withMappings(List<SubjectMapping> mappings) {
        return new BrokerOptions(
                host, port, monitoringPort, maxPayload, maxControlLine, maxPendingBytes, auth, mappings, serverName);
    }
}
