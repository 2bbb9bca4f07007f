package workshop.step05.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.MessageInfo;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reading a stream's last message on a subject without a consumer: a direct get (nats-server 2.9 and
 * newer) asks the stream itself, on {@code $JS.API.DIRECT.GET.<stream>.<subject>}, and any server
 * holding a copy of the stream may answer, not only the leader. It keeps no state on the server:
 * right for "what is the latest price of X", wrong for "process every price".
 */
public final class DirectGet {

    private DirectGet() {}

    /**
     * Creates a memory stream on {@code subjects} that answers direct gets and keeps only the latest
     * message of each subject (a last-value cache).
     */
    public static void createLastValueStream(JetStreamManagement jsm, String stream, String subjects)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.20 BEGIN: A memory stream on the subjects that allows direct gets and keeps one message per
        // subject.
        jsm.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(subjects)
                .storageType(StorageType.Memory)
                .allowDirect(true)
                .maxMessagesPerSubject(1)
                .build());
        // EXERCISE 5.20 END
    }

    /**
     * The payload of the last message stored on {@code subject}, as text. jnats sends a direct get
     * by itself when the stream allows them; a subject without messages is an error (10037).
     */
    public static String latest(JetStreamManagement jsm, String stream, String subject)
            throws IOException, JetStreamApiException {
        // EXERCISE 5.20 BEGIN: Ask the stream for its last message on the subject and decode its payload.
        MessageInfo last = jsm.getLastMessage(stream, subject);
        return new String(last.getData(), StandardCharsets.UTF_8);
        // EXERCISE 5.20 END
    }
}
