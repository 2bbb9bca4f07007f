package workshop.step08.server;

import workshop.step08.given.Json;
import workshop.step08.protocol.ProtocolError;
import workshop.step08.protocol.ProtocolViolation;

import java.util.Map;

/**
 * What a client said about itself in {@code CONNECT {…}}. Defaults are nats-server's for a field
 * the client leaves out: notably {@code verbose} and {@code pedantic} are <em>true</em> unless the
 * client says otherwise (jnats always sends {@code "verbose":false,"pedantic":false}; a hand-typed
 * {@code CONNECT {}} gets {@code +OK} back, and {@code -ERR} for a wildcard in a published subject).
 */
public record ConnectOptions(boolean verbose, boolean pedantic, boolean echo, boolean headers, boolean noResponders,
                             String name, String lang, String version,
                             String user, String pass, String authToken) {

    /** The options of a client that has not sent CONNECT (yet): nats-server's defaults, so verbose, like an empty CONNECT. */
    public static final ConnectOptions NONE = new ConnectOptions(true, true, true, false, false, null, null, null, null, null, null);

    /** Reads the JSON of a CONNECT; malformed JSON closes the connection, as nats-server does. */
    public static ConnectOptions parse(String json) {
        Map<String, Object> fields;
        try {
            fields = Json.parseObject(json);
        } catch (IllegalArgumentException e) {
            throw new ProtocolViolation(ProtocolError.MALFORMED_ARGUMENTS, "CONNECT: " + e.getMessage());
        }
        return new ConnectOptions(
                flag(fields, "verbose", true),
                flag(fields, "pedantic", true),
                flag(fields, "echo", true),
                flag(fields, "headers", false),
                flag(fields, "no_responders", false),
                text(fields, "name"), text(fields, "lang"), text(fields, "version"),
                text(fields, "user"), text(fields, "pass"), text(fields, "auth_token"));
    }

    private static boolean flag(Map<String, Object> fields, String name, boolean otherwise) {
        return fields.get(name) instanceof Boolean b ? b : otherwise;
    }

    private static String text(Map<String, Object> fields, String name) {
        return fields.get(name) instanceof String s ? s : null;
    }
}
