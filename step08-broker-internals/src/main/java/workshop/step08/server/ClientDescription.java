package workshop.step08.server;

/**
 * What a client says it is in CONNECT, shown by {@code /connz}. Like nats-server, a field the client
 * leaves out is the empty string.
 *
 * @param name    the connection name the application chose ({@code "name"})
 * @param lang    the client library's language ({@code "lang"}: {@code java} for jnats)
 * @param version the client library's version ({@code "version"})
 */
public record ClientDescription(String name, String lang, String version) {

    /** Before CONNECT, or a CONNECT that says nothing about the client. */
    public static final ClientDescription UNKNOWN = new ClientDescription("", "", "");
}
