package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectInfo;
import io.nats.client.api.ObjectMeta;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;

/**
 * Storing and fetching a large object. The client cuts it into chunks (one message each, on
 * {@code $O.<bucket>.C.<id>}), then publishes its description (size, chunk count, SHA-256 digest)
 * on {@code $O.<bucket>.M.<name>}. Fetching reads the chunks back and checks the digest.
 */
public final class ObjectFiles {

    private ObjectFiles() {}

    /** Stores {@code data} under {@code name}, in chunks of {@code chunkSize} bytes; returns its description. */
    public static ObjectInfo store(ObjectStore store, String name, byte[] data, int chunkSize)
            throws IOException, JetStreamApiException, NoSuchAlgorithmException {
        // EXERCISE 6.12 BEGIN: Describe the object (name, chunk size) with ObjectMeta and put the bytes.
        ObjectMeta meta = ObjectMeta.builder(name).chunkSize(chunkSize).build();
        return store.put(meta, new ByteArrayInputStream(data));
        // EXERCISE 6.12 END
    }

    /** The object's bytes, reassembled from its chunks and checked against its digest by the client. */
    public static byte[] fetch(ObjectStore store, String name)
            throws IOException, JetStreamApiException, InterruptedException, NoSuchAlgorithmException {
        // EXERCISE 6.12 BEGIN: Get the object into a ByteArrayOutputStream.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.get(name, out);
        return out.toByteArray();
        // EXERCISE 6.12 END
    }
}
