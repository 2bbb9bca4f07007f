package workshop.step06.build;

/**
 * One entry of a key's history. The {@code revision} is the sequence of the stream message that
 * holds it: revisions grow across the whole bucket, not per key. A DEL or PURGE entry has an empty value.
 */
public record KvEntry(String key, byte[] value, long revision, KvOperation operation) {

    public String valueAsString() {
        return new String(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
