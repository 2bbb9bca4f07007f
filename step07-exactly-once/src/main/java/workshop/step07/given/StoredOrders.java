package workshop.step07.given;

import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StreamInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads back what a stream holds, so the checker can judge the publishing side on its own. */
public final class StoredOrders {

    private StoredOrders() {}

    /** The id of every order stored in the stream, in sequence order, once per stored message. */
    public static List<String> idsIn(JetStreamManagement management, String stream)
            throws IOException, JetStreamApiException {
        StreamInfo info = management.getStreamInfo(stream);
        long first = info.getStreamState().getFirstSequence();
        long last = info.getStreamState().getLastSequence();
        List<String> ids = new ArrayList<>();
        for (long sequence = Math.max(first, 1);
                sequence <= last && info.getStreamState().getMsgCount() > 0;
                sequence++) {
            ids.add(Order.fromBytes(management.getMessage(stream, sequence).getData())
                    .id());
        }
        return ids;
    }
}
