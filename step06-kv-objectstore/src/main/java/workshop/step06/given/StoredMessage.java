package workshop.step06.given;

import java.util.Map;
import java.util.Optional;

/** A message as a stream keeps it: its sequence number in the stream, subject, headers and payload. */
public record StoredMessage(long sequence, String subject, Map<String, String> headers, byte[] data) {

    public StoredMessage {
        headers = Map.copyOf(headers);
    }

    /** The value of a header, if the message has it. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }
}
