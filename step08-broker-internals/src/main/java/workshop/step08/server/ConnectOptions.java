package workshop.step08.server;

import java.util.Map;
import java.util.Optional;
import workshop.given.Json;
import workshop.step08.protocol.ProtocolError;
import workshop.step08.protocol.ProtocolViolation;

/**
 * What a client said about itself in {@code CONNECT {…}}. Defaults are nats-server's for a field
 * the client leaves out: notably {@code verbose} and {@code pedantic} are <em>true</em> unless the
 * client says otherwise (jnats always sends {@code "verbose":false,"pedantic":false}; a hand-typed
 * {@code CONNECT {}} gets {@code +OK} back, and {@code -ERR} for a wildcard in a published subject).
 *
 * @param verbose      answer every operation with {@code +OK}
 * @param pedantic     warn with {@code -ERR} about a published subject with wildcards or empty tokens
 * @param echo         deliver the client's own messages back to its own subscriptions
 * @param headers      the client understands HMSG
 * @param noResponders answer a request nobody receives with a 503 status at once
 * @param client       the name, language and version the client reports (for monitoring)
 * @param credentials  what it offers to authenticate
 */
public record ConnectOptions(
        boolean verbose,
        boolean pedantic,
        boolean echo,
        boolean headers,
        boolean noResponders,
        ClientDescription client,
        Credentials credentials) {

    /** The options of a client that has not sent CONNECT (yet): nats-server's defaults, as for {@code CONNECT {}}. */
    public static ConnectOptions defaults() {
        return new ConnectOptions(true, true, true, false, false, ClientDescription.UNKNOWN, Credentials.none());
    }

    /** Reads the JSON of a CONNECT; malformed JSON closes the connection, as nats-server does. */
    public static ConnectOptions parse(String json) {
        Map<String, Object> fields;
        try {
            fields = Json.parseObject(json);
        } catch (IllegalArgumentException e) {
            throw new ProtocolViolation(ProtocolError.MALFORMED_ARGUMENTS, "CONNECT: " + e.getMessage());
        }
        ConnectOptions defaults = defaults();
        return new ConnectOptions(
                flag(fields, "verbose", defaults.verbose()),
                flag(fields, "pedantic", defaults.pedantic()),
                flag(fields, "echo", defaults.echo()),
                flag(fields, "headers", defaults.headers()),
                flag(fields, "no_responders", defaults.noResponders()),
                new ClientDescription(
                        text(fields, "name").orElse(""),
                        text(fields, "lang").orElse(""),
                        text(fields, "version").orElse("")),
                new Credentials(text(fields, "user"), text(fields, "pass"), text(fields, "auth_token")));
    }

    private static boolean flag(Map<String, Object> fields, String name, boolean otherwise) {
        return fields.get(name) instanceof Boolean b ? b : otherwise;
    }

    private static Optional<String> text(Map<String, Object> fields, String name) {
        return fields.get(name) instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
