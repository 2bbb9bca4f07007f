package workshop.step09.monitor;

/**
 * An event a service gave up on, as its dead letter says.
 *
 * @param service the service that gave up: the last token of the dead-letter subject
 * @param originalSubject the subject the event came on ({@code Listener.ORIGINAL_SUBJECT})
 * @param failure why the service gave up ({@code Listener.FAILURE})
 * @param data the event's bytes as they came, as UTF-8 text
 */
public record DeadLetter(String service, String originalSubject, String failure, String data) {}
