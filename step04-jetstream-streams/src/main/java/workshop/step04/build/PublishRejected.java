package workshop.step04.build;

/**
 * A stream refused to store a message. The codes and texts are the ones nats-server sends back in
 * its publish ack, so the Build and the Use track fail the same way.
 */
public final class PublishRejected extends RuntimeException {

    /** nats-server's code for a full stream with discard new: for messages and for bytes alike. */
    public static final int STREAM_FULL = 10077;
    /** nats-server's code for a message larger than the stream's maxMsgSize. */
    public static final int MESSAGE_TOO_LARGE = 10054;
    /** Not an API error code: a publish no stream captures gets the "503 no responders" status instead. */
    public static final int NO_STREAM = 503;

    private final int code;
    private final String description;

    public PublishRejected(int code, String description) {
        super(description + " [" + code + "]");
        this.code = code;
        this.description = description;
    }

    public static PublishRejected maximumMessagesExceeded() {
        return new PublishRejected(STREAM_FULL, "maximum messages exceeded");
    }

    public static PublishRejected maximumBytesExceeded() {
        return new PublishRejected(STREAM_FULL, "maximum bytes exceeded");
    }

    public static PublishRejected messageTooLarge() {
        return new PublishRejected(MESSAGE_TOO_LARGE, "message size exceeds maximum allowed");
    }

    public static PublishRejected notCaptured(String subject) {
        return new PublishRejected(NO_STREAM, "no responders: no stream captures subject " + subject);
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }
}
