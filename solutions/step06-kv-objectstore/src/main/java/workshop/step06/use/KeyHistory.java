package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueOperation;
import java.io.IOException;
import java.util.List;

/**
 * A key's history, as the bucket keeps it: every put, and the markers deletes and purges leave.
 * A delete keeps the history (it is one more entry); a purge replaces it with a single marker.
 */
public final class KeyHistory {

    private KeyHistory() {}

    /**
     * The key's history, oldest first, one line per entry: {@code PUT <value>} (the value as UTF-8
     * text), {@code DELETE} or {@code PURGE}.
     */
    public static List<String> describe(KeyValue keyValue, String key)
            throws IOException, JetStreamApiException, InterruptedException {
        // EXERCISE 6.8 BEGIN: Read the key's history; PUT entries show their value, markers only their operation.
        return keyValue.history(key).stream()
                .map(entry -> entry.getOperation() == KeyValueOperation.PUT
                        ? "PUT " + entry.getValueAsString()
                        : entry.getOperation().name())
                .toList();
        // EXERCISE 6.8 END
    }
}
