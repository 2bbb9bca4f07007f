package workshop.step08.protocol;

/**
 * What the {@link ProtocolParser} calls for each complete operation it reads, in order. A handler
 * may throw {@link ProtocolViolation} to have the connection closed.
 */
public interface ProtocolHandler {

    /** {@code CONNECT <json>}: the client's options (the JSON text, unparsed). */
    void connect(String json);

    /** {@code INFO <json>}: servers send this; a client sending it is unusual but allowed. */
    void info(String json);

    void ping();

    void pong();

    void subscribe(SubArgs args);

    void unsubscribe(UnsubArgs args);

    /**
     * {@code PUB} or {@code HPUB} with its payload, which is {@code buffer[offset .. offset + args.totalSize())};
     * for HPUB the first {@code args.headerSize()} of those bytes are the headers. The bytes belong
     * to the parser: copy what you keep before returning.
     */
    void publish(PubArgs args, byte[] buffer, int offset);
}
