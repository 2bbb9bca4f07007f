package workshop.step08.server;

/**
 * A {@link ClientSession}'s way to its client: who it is, what goes out to it, what it published.
 * {@link ClientConnection} is the real one, over a socket; a test may hand the session a fake and
 * hold a conversation without any broker or network.
 */
interface ClientChannel {

    /** The server's number for this client (unique per broker). */
    long id();

    /** The client's IP address, for INFO's {@code client_ip}. */
    String remoteHost();

    /** Queues a control line for the client (INFO, +OK, PONG, -ERR …). */
    void sendLine(byte[] line);

    /**
     * Queues one message for the client: {@code head}, {@code payload[offset .. offset + length)}, {@code \r\n}.
     *
     * @return false when the client is too slow to take it (and is being disconnected)
     */
    boolean sendMessage(byte[] head, byte[] payload, int offset, int length);

    /** The client published a message with a payload of {@code bytes} (headers included). */
    void countPublished(int bytes);
}
