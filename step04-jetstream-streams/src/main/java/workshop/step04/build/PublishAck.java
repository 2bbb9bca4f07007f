package workshop.step04.build;

/** What a stream answers a publisher whose message it stored: where the message now lives. */
public record PublishAck(String stream, long sequence) {}
