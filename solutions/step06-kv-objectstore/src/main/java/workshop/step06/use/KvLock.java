package workshop.step06.use;

import io.nats.client.JetStreamApiException;
import io.nats.client.KeyValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * A lease lock from two KV features: {@code create} succeeds for exactly one of several
 * contenders, and the bucket's TTL removes the lock if its holder dies without releasing it.
 * Releasing deletes the key only at the revision the holder got, so a holder whose lease already
 * expired (and was taken by someone else) cannot release the new holder's lock.
 */
public final class KvLock {

    private static final int WRONG_LAST_SEQUENCE = 10071;

    private KvLock() {}

    /**
     * Takes the lock named {@code lock} for {@code owner} if nobody holds it.
     *
     * @return the lock's revision (keep it to release), or empty when someone else holds it
     */
    public static OptionalLong tryAcquire(KeyValue bucket, String lock, String owner)
            throws IOException, JetStreamApiException {
        // EXERCISE 6.10 BEGIN: create the key with the owner as value; a 10071 refusal means it is taken.
        try {
            return OptionalLong.of(bucket.create(lock, owner.getBytes(StandardCharsets.UTF_8)));
        } catch (JetStreamApiException taken) {
            if (taken.getApiErrorCode() == WRONG_LAST_SEQUENCE) {
                return OptionalLong.empty();
            }
            throw taken;
        }
        // EXERCISE 6.10 END
    }

    /**
     * Releases the lock if it is still at {@code revision}.
     *
     * @return true when released; false when the lock moved on (it expired, and maybe someone else holds it now)
     */
    public static boolean release(KeyValue bucket, String lock, long revision)
            throws IOException, JetStreamApiException {
        // EXERCISE 6.10 BEGIN: Delete the key only at the given revision; a 10071 refusal means it is no longer yours.
        try {
            bucket.delete(lock, revision);
            return true;
        } catch (JetStreamApiException notYours) {
            if (notYours.getApiErrorCode() == WRONG_LAST_SEQUENCE) {
                return false;
            }
            throw notYours;
        }
        // EXERCISE 6.10 END
    }
}
