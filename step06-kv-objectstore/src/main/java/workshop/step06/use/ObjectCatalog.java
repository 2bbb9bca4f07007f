package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectInfo;
import io.nats.client.impl.NatsObjectStoreWatchSubscription;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * The bucket's table of contents. Every object has a description message; a deleted object
 * keeps one too, marked deleted, while its chunks are purged. Listing and watching read those
 * description messages.
 */
public final class ObjectCatalog {

    private ObjectCatalog() {}

    /**
     * The names of the objects in the bucket, deleted ones left out, sorted. (jnats' {@code getList()}
     * already leaves out the objects whose description is marked deleted.)
     */
    public static List<String> names(ObjectStore store)
            throws IOException, JetStreamApiException, InterruptedException {
        // TODO Exercise 6.13: List the bucket's objects, sorted by name.
        throw new UnsupportedOperationException("Exercise 6.13 is not solved yet: List, watch and delete objects. Read step06-kv-objectstore/README.md#613-list-watch-and-delete-objects");
    }

    /**
     * Tells {@code onChange} about every change from now on, one line each: {@code put <name>} or
     * {@code delete <name>}.
     */
    public static NatsObjectStoreWatchSubscription watchChanges(ObjectStore store, Consumer<String> onChange)
            throws IOException, JetStreamApiException, InterruptedException {
        // TODO Exercise 6.13: Watch with UPDATES_ONLY; describe each ObjectInfo as put or delete.
        throw new UnsupportedOperationException("Exercise 6.13 is not solved yet: List, watch and delete objects. Read step06-kv-objectstore/README.md#613-list-watch-and-delete-objects");
    }
}
