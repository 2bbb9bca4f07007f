package workshop.step08.server;

import java.util.LinkedHashMap;
import java.util.Map;
import workshop.given.Json;

/**
 * The broker's half of the handshake: what {@code INFO {…}} tells each client. jnats reads
 * {@code headers} (may it send HPUB?), {@code max_payload} (it refuses larger messages itself) and
 * {@code auth_required}.
 */
public record ServerInfo(
        String serverId,
        String serverName,
        String version,
        String host,
        int port,
        int maxPayload,
        boolean authRequired) {

    /** The protocol level the broker speaks, in nats-server's numbering, marked as ours. */
    public static final String VERSION = "2.9.10-workshop";

    /** The JSON of the INFO line for one client. */
    public String toJson(long clientId, String clientIp) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("server_id", serverId);
        info.put("server_name", serverName);
        info.put("version", version);
        info.put("proto", 1);
        info.put("java", Runtime.version().toString());
        info.put("host", host);
        info.put("port", port);
        info.put("headers", true);
        if (authRequired) {
            info.put("auth_required", true);
        }
        info.put("max_payload", maxPayload);
        info.put("client_id", clientId);
        info.put("client_ip", clientIp);
        return Json.write(info);
    }
}
