package workshop.step06.build;

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
        // TODO Exercise 6.5: Copy consecutive ranges of chunkSize bytes; the last range ends at data.length.
        throw new UnsupportedOperationException("Exercise 6.5 is not solved yet: Chunk an object and digest it. Read step06-kv-objectstore/README.md#65-chunk-an-object-and-digest-it");
    }

    /**
     * The digest NATS object stores record: {@code SHA-256=} followed by the SHA-256 of the data in
     * URL-safe Base64 (with padding).
     */
    public static String digest(byte[] data) {
        // TODO Exercise 6.5: SHA-256 the data, encode it with Base64's URL encoder, put the prefix in front.
        throw new UnsupportedOperationException("Exercise 6.5 is not solved yet: Chunk an object and digest it. Read step06-kv-objectstore/README.md#65-chunk-an-object-and-digest-it");
    }

    /**
     * Joins the chunks in order and checks the result against the digest recorded when the object was stored.
     *
     * @throws CorruptObjectException when the digests differ
     */
    public static byte[] reassemble(List<byte[]> chunks, String expectedDigest) {
        // TODO Exercise 6.5: Concatenate the chunks, then compare digest(result) with expectedDigest.
        throw new UnsupportedOperationException("Exercise 6.5 is not solved yet: Chunk an object and digest it. Read step06-kv-objectstore/README.md#65-chunk-an-object-and-digest-it");
    }
}
