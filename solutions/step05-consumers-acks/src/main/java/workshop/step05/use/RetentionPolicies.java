package workshop.step05.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.RetentionPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import java.io.IOException;

/**
 * Streams whose consumers decide what is kept: a work queue forgets a message once one consumer
 * acked it; an interest stream once every consumer did.
 */
public final class RetentionPolicies {

    private RetentionPolicies() {}

    /** A memory stream with work-queue retention. */
    public static StreamInfo workQueue(JetStreamManagement jsm, String name, String... subjects)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.13 BEGIN: A memory stream on the subjects with RetentionPolicy.WorkQueue.
        return jsm.addStream(StreamConfiguration.builder()
                .name(name)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .retentionPolicy(RetentionPolicy.WorkQueue)
                .build());
        // EXERCISE 5.13 END
    }

    /** A memory stream with interest retention. */
    public static StreamInfo interest(JetStreamManagement jsm, String name, String... subjects)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.13 BEGIN: A memory stream on the subjects with RetentionPolicy.Interest.
        return jsm.addStream(StreamConfiguration.builder()
                .name(name)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .retentionPolicy(RetentionPolicy.Interest)
                .build());
        // EXERCISE 5.13 END
    }
}
