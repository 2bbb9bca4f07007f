package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectInfo;
import io.nats.client.api.ObjectStoreWatchOption;
import io.nats.client.api.ObjectStoreWatcher;
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
        // EXERCISE 6.13 BEGIN: List the bucket's objects, sorted by name.
        return store.getList().stream().map(ObjectInfo::getObjectName).sorted().toList();
        // EXERCISE 6.13 END
    }

    /**
     * Tells {@code onChange} about every change from now on, one line each: {@code put <name>} or
     * {@code delete <name>}.
     */
    public static NatsObjectStoreWatchSubscription watchChanges(ObjectStore store, Consumer<String> onChange)
            throws IOException, JetStreamApiException, InterruptedException {
        // EXERCISE 6.13 BEGIN: Watch with UPDATES_ONLY; describe each ObjectInfo as put or delete.
        ObjectStoreWatcher watcher = new ObjectStoreWatcher() {
            @Override
            public void watch(ObjectInfo info) {
                onChange.accept((info.isDeleted() ? "delete " : "put ") + info.getObjectName());
            }

            @Override
            public void endOfData() {
                // updates only: nothing came before this
            }
        };
        return store.watch(watcher, ObjectStoreWatchOption.UPDATES_ONLY);
        // EXERCISE 6.13 END
    }
}
