package workshop.step08.protocol;

/**
 * The arguments of {@code PUB <subject> [reply] <size>} and {@code HPUB <subject> [reply] <header size> <total size>}.
 *
 * @param subject    where the message goes
 * @param replyTo    the reply subject, or null
 * @param headerSize the size of the header block at the start of the payload, or -1 for a plain PUB
 * @param totalSize  the number of payload bytes that follow the control line (headers included)
 */
public record PubArgs(String subject, String replyTo, int headerSize, int totalSize) {

    public boolean hasHeaders() {
        return headerSize >= 0;
    }
}
