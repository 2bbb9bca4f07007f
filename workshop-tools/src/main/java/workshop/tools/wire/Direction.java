package workshop.tools.wire;

/** Which way a frame travels between a NATS client and its server. */
public enum Direction {
    /** From the client to the server: CONNECT, SUB, PUB, acks, pull requests. */
    CLIENT_TO_SERVER("->"),
    /** From the server to the client: INFO, MSG, replies, heartbeats. */
    SERVER_TO_CLIENT("<-");

    private final String arrow;

    Direction(String arrow) {
        this.arrow = arrow;
    }

    /** {@code ->} or {@code <-}: how a line of the spy shows the direction. */
    public String arrow() {
        return arrow;
    }
}
