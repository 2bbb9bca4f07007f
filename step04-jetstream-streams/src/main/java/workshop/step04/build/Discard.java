package workshop.step04.build;

/** What a full stream does with the next message (JetStream's {@code discard} setting). */
public enum Discard {
    /** Store the new message and drop the oldest ones until the stream is within its limits again (the default). */
    OLD,
    /** Keep what is stored and reject the new message, with an error the publisher sees. */
    NEW
}
