package workshop.testkit;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Names for the streams one test creates, and their removal afterwards. Every test gets its own
 * stream names and subjects (seeded), so tests never see each other's messages, even on a shared
 * server (NATS_URL).
 */
public final class TestStreams {

    private final List<String> created = new ArrayList<>();

    /** A stream name unique to this test, e.g. {@code ORDERS_48213}, remembered for {@link #deleteAll}. */
    public String name(Random random, String prefix) {
        String name = prefix + "_" + (10_000 + random.nextInt(90_000));
        created.add(name);
        return name;
    }

    /** Deletes every stream {@link #name} handed out that exists. */
    public void deleteAll(JetStreamManagement jsm) throws IOException {
        for (String name : created) {
            try {
                jsm.deleteStream(name);
            } catch (JetStreamApiException notThere) {
                // never created (the test failed before) or already deleted: nothing to clean
            }
        }
        created.clear();
    }
}
