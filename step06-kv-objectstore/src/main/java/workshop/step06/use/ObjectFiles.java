package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectInfo;
import io.nats.client.api.ObjectMeta;
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
        // TODO Exercise 6.12: Describe the object (name, chunk size) with ObjectMeta and put the bytes.
        throw new UnsupportedOperationException("Exercise 6.12 is not solved yet: Store and fetch a large object. Read step06-kv-objectstore/README.md#612-store-and-fetch-a-large-object");
    }

    /** The object's bytes, reassembled from its chunks and checked against its digest by the client. */
    public static byte[] fetch(ObjectStore store, String name)
            throws IOException, JetStreamApiException, InterruptedException, NoSuchAlgorithmException {
        // TODO Exercise 6.12: Get the object into a ByteArrayOutputStream.
        throw new UnsupportedOperationException("Exercise 6.12 is not solved yet: Store and fetch a large object. Read step06-kv-objectstore/README.md#612-store-and-fetch-a-large-object");
    }
}
