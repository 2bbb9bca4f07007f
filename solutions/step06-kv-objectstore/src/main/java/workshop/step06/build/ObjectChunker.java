package workshop.step06.build;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * What an object store does with a large object: a stream message has a size limit (1 MB by
 * default), so the object is cut into chunks, one message each, and a digest of the whole object
 * is stored with its description. Whoever reads the chunks back recomputes the digest and so knows
 * the object is complete and intact.
 */
public final class ObjectChunker {

    /** The prefix NATS object stores put before the digest. */
    public static final String DIGEST_PREFIX = "SHA-256=";

    private ObjectChunker() {}

    /**
     * Cuts {@code data} into chunks of {@code chunkSize} bytes; the last one may be shorter. Empty
     * data has no chunks.
     */
    public static List<byte[]> split(byte[] data, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be positive, was " + chunkSize);
        }
        // EXERCISE 6.5 BEGIN: Copy consecutive ranges of chunkSize bytes; the last range ends at data.length.
        List<byte[]> chunks = new ArrayList<>();
        for (int start = 0; start < data.length; start += chunkSize) {
            chunks.add(Arrays.copyOfRange(data, start, Math.min(start + chunkSize, data.length)));
        }
        return chunks;
        // EXERCISE 6.5 END
    }

    /**
     * The digest NATS object stores record: {@code SHA-256=} followed by the SHA-256 of the data in
     * URL-safe Base64 (with padding).
     */
    public static String digest(byte[] data) {
        // EXERCISE 6.5 BEGIN: SHA-256 the data, encode it with Base64's URL encoder, put the prefix in front.
        try {
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(data);
            return DIGEST_PREFIX + Base64.getUrlEncoder().encodeToString(sha256);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
        // EXERCISE 6.5 END
    }

    /**
     * Joins the chunks in order and checks the result against the digest recorded when the object was stored.
     *
     * @throws CorruptObjectException when the digests differ
     */
    public static byte[] reassemble(List<byte[]> chunks, String expectedDigest) {
        // EXERCISE 6.5 BEGIN: Concatenate the chunks, then compare digest(result) with expectedDigest.
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        chunks.forEach(whole::writeBytes);
        byte[] data = whole.toByteArray();
        String actual = digest(data);
        if (!actual.equals(expectedDigest)) {
            throw new CorruptObjectException(
                    "Digest mismatch: expected " + expectedDigest + ", the chunks give " + actual);
        }
        return data;
        // EXERCISE 6.5 END
    }
}
