package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueEntry;
import io.nats.client.api.KeyValueWatcher;
import io.nats.client.impl.NatsKeyValueWatchSubscription;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A local copy of a bucket kept current by a watch: the pattern behind configuration that
 * services read from KV. The watch first delivers the current value of every key, then calls
 * {@code endOfData()} (the copy is now complete), then delivers every change as it happens.
 */
public final class BucketMirror implements KeyValueWatcher, AutoCloseable {

    private final Map<String, String> values = new ConcurrentHashMap<>();
    private final CountDownLatch initialDataLoaded = new CountDownLatch(1);
    private NatsKeyValueWatchSubscription subscription;

    private BucketMirror() {}

    /** Starts mirroring the keys matching {@code keyFilter} ({@code >} for all). */
    public static BucketMirror start(KeyValue keyValue, String keyFilter)
            throws IOException, JetStreamApiException, InterruptedException {
        BucketMirror mirror = new BucketMirror();
        // TODO Exercise 6.9: Watch the keys with this mirror as the watcher; keep the subscription to close it.
        throw new UnsupportedOperationException("Exercise 6.9 is not solved yet: Mirror a bucket with a watch. Read step06-kv-objectstore/README.md#69-mirror-a-bucket-with-a-watch");
    }

    /**
     * Only what changes from now on: no current values, and {@code endOfData()} at once. For
     * reacting to changes when the past does not matter.
     */
    public static NatsKeyValueWatchSubscription watchChanges(
            KeyValue keyValue, String keyFilter, KeyValueWatcher watcher)
            throws IOException, JetStreamApiException, InterruptedException {
        // TODO Exercise 6.9: Watch with the option that skips current values.
        throw new UnsupportedOperationException("Exercise 6.9 is not solved yet: Mirror a bucket with a watch. Read step06-kv-objectstore/README.md#69-mirror-a-bucket-with-a-watch");
    }

    /** A put sets the key's value in the copy; a delete or purge removes the key. */
    @Override
    public void watch(KeyValueEntry entry) {
        // TODO Exercise 6.9: Apply the entry to `values` by its operation.
        throw new UnsupportedOperationException("Exercise 6.9 is not solved yet: Mirror a bucket with a watch. Read step06-kv-objectstore/README.md#69-mirror-a-bucket-with-a-watch");
    }

    /** The current values have all arrived. */
    @Override
    public void endOfData() {
        // TODO Exercise 6.9: Release whoever waits for the initial data.
        throw new UnsupportedOperationException("Exercise 6.9 is not solved yet: Mirror a bucket with a watch. Read step06-kv-objectstore/README.md#69-mirror-a-bucket-with-a-watch");
    }

    /** Waits until the current values have arrived; false if they did not within the timeout. */
    public boolean awaitInitialData(Duration timeout) throws InterruptedException {
        return initialDataLoaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The copy's values now. */
    public Map<String, String> values() {
        return Map.copyOf(values);
    }

    @Override
    public void close() {
        if (subscription != null) {
            subscription.unsubscribe();
        }
    }
}
