package workshop.tools.wire;

import java.util.List;
import java.util.Map;
import java.util.Set;
import workshop.given.Json;

/**
 * CONNECT and INFO in one readable line: {@code key=value} pairs instead of JSON, the credentials a
 * client sends masked ({@code pass}, {@code auth_token}, {@code jwt}, {@code sig}, {@code nkey}),
 * and of INFO the fields a learner can do something with.
 */
public final class ConnectInfo {

    /** What a CONNECT may carry that nobody should see in a terminal or a log. */
    static final Set<String> SECRETS = Set.of("pass", "auth_token", "jwt", "sig", "nkey");

    private static final List<String> INFO_FIELDS = List.of(
            "server_name",
            "version",
            "proto",
            "jetstream",
            "headers",
            "max_payload",
            "auth_required",
            "tls_required",
            "tls_available",
            "client_id",
            "client_ip",
            "cluster",
            "connect_urls",
            "ldm");

    private ConnectInfo() {}

    /** {@code lang=java version=2.26.2 protocol=1 verbose=false headers=true user=ann pass=***}. */
    public static String connect(String json) {
        Map<String, Object> fields = object(json);
        if (fields == null) {
            return "(not JSON: " + Payload.abbreviate(json, 80) + ")";
        }
        StringBuilder text = new StringBuilder();
        fields.forEach((key, value) -> text.append(text.isEmpty() ? "" : " ")
                .append(key)
                .append('=')
                .append(SECRETS.contains(key) ? "***" : shown(value)));
        return text.toString();
    }

    /** {@code version=2.10.22 proto=1 jetstream=true headers=true max_payload=1048576 client_id=5}. */
    public static String info(String json) {
        Map<String, Object> fields = object(json);
        if (fields == null) {
            return "(not JSON: " + Payload.abbreviate(json, 80) + ")";
        }
        StringBuilder text = new StringBuilder();
        for (String key : INFO_FIELDS) {
            if (key.equals("server_name")
                    && String.valueOf(fields.get(key)).equals(String.valueOf(fields.get("server_id")))) {
                continue; // a server without a name is named by its long id: no news
            }
            if (fields.containsKey(key)) {
                text.append(text.isEmpty() ? "" : " ").append(key).append('=').append(shown(fields.get(key)));
            }
        }
        if (fields.containsKey("nonce")) {
            text.append(" nonce=(a challenge the client signs)");
        }
        return text.toString();
    }

    /** Whether the server's INFO makes the client switch to TLS: after it, the bytes are encrypted. */
    public static boolean tlsRequired(String json) {
        Map<String, Object> fields = object(json);
        return fields != null && (Boolean.TRUE.equals(fields.get("tls_required")));
    }

    static Map<String, Object> object(String json) {
        try {
            return Json.parseObject(json.strip());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A JSON value as it reads best on one line: numbers without ".0", lists by their length when long. */
    static String shown(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return String.valueOf(d.longValue());
        }
        if (value instanceof List<?> list) {
            return list.size() <= 3
                    ? list.stream().map(ConnectInfo::shown).toList().toString().replace(" ", "")
                    : "[" + list.size() + " entries]";
        }
        if (value instanceof Map<?, ?> map) {
            return "{" + map.size() + " fields}";
        }
        if (value instanceof String s) {
            return s.isEmpty() || s.contains(" ") ? "\"" + Payload.abbreviate(s, 60) + "\"" : Payload.abbreviate(s, 60);
        }
        return String.valueOf(value);
    }
}
