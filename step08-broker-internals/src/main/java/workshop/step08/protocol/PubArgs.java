package workshop.step08.protocol;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The arguments of {@code PUB <subject> [reply] <size>} and {@code HPUB <subject> [reply] <header size> <total size>}.
 *
 * @param subject    where the message goes
 * @param replyTo    the reply subject, if the publisher gave one
 * @param headerSize how many of the payload's first bytes are headers: present for HPUB, empty for PUB
 * @param totalSize  the number of payload bytes that follow the control line (headers included)
 */
public record PubArgs(String subject, Optional<String> replyTo, OptionalInt headerSize, int totalSize) {

    /** {@code PUB}: a payload without headers. */
    public static PubArgs withoutHeaders(String subject, Optional<String> replyTo, int size) {
        return new PubArgs(subject, replyTo, OptionalInt.empty(), size);
    }

    /** {@code HPUB}: the first {@code headerSize} of {@code totalSize} payload bytes are headers. */
    public static PubArgs withHeaders(String subject, Optional<String> replyTo, int headerSize, int totalSize) {
        return new PubArgs(subject, replyTo, OptionalInt.of(headerSize), totalSize);
    }

    public boolean hasHeaders() {
        return headerSize.isPresent();
    }
}
