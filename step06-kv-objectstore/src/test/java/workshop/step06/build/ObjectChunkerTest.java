package workshop.step06.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 6.5: chunks and a digest, as an object store keeps a large object. */
@ExtendWith(SeededRandomResolver.class)
class ObjectChunkerTest {

    private static final Exercise EXERCISE = Exercise.of("6.5");

    @Test
    @DisplayName("6.5 split cuts full chunks and a shorter last one; together they are the data")
    void split(Random random) {
        int chunkSize = 100 + random.nextInt(100);
        byte[] data = new byte[chunkSize * 3 + 1 + random.nextInt(chunkSize - 1)];
        random.nextBytes(data);

        List<byte[]> chunks = ObjectChunker.split(data, chunkSize);

        assertThat(chunks)
                .as(EXERCISE.says("%d bytes in chunks of %d make 4 chunks", data.length, chunkSize))
                .hasSize(4);
        assertThat(chunks.subList(0, 3))
                .as(EXERCISE.says("the first three are full"))
                .allSatisfy(chunk -> assertThat(chunk)
                        .as(EXERCISE.says("a full chunk holds %d bytes", chunkSize))
                        .hasSize(chunkSize));
        assertThat(chunks.get(3)).as(EXERCISE.says("the last holds the rest")).hasSize(data.length - 3 * chunkSize);
        assertThat(chunks.get(3)[chunks.get(3).length - 1])
                .as(EXERCISE.says("ending with the data's last byte"))
                .isEqualTo(data[data.length - 1]);
        assertThat(ObjectChunker.split(new byte[chunkSize * 2], chunkSize))
                .as(EXERCISE.says("an exact multiple has no empty last chunk"))
                .hasSize(2);
        assertThat(ObjectChunker.split(new byte[0], chunkSize))
                .as(EXERCISE.says("empty data has no chunks"))
                .isEmpty();
    }

    @Test
    @DisplayName("6.5 the digest is SHA-256 in URL-safe Base64 behind 'SHA-256=', as NATS object stores record it")
    void digest() {
        assertThat(ObjectChunker.digest("abc".getBytes(StandardCharsets.US_ASCII)))
                .as(EXERCISE.says("the digest of 'abc': SHA-256 in URL-safe Base64 (- and _, not + and /), padded"))
                .isEqualTo("SHA-256=ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0=");
        assertThat(ObjectChunker.digest(new byte[0]))
                .as(EXERCISE.says("the digest of nothing: SHA-256 in URL-safe Base64, padded"))
                .isEqualTo("SHA-256=47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU=");
    }

    @Test
    @DisplayName("6.5 reassemble returns the data from its chunks, and refuses chunks out of order or missing")
    void reassemble(Random random) {
        byte[] data = new byte[5000 + random.nextInt(5000)];
        random.nextBytes(data);
        String digest = ObjectChunker.digest(data);
        List<byte[]> chunks = ObjectChunker.split(data, 1024);

        assertThat(ObjectChunker.reassemble(chunks, digest))
                .as(EXERCISE.says("the chunks in order give the data back"))
                .isEqualTo(data);

        List<byte[]> swapped = new ArrayList<>(chunks);
        Collections.swap(swapped, 0, 1);
        assertThat(catchThrowable(() -> ObjectChunker.reassemble(swapped, digest)))
                .as(EXERCISE.says("two chunks swapped: the digest differs, CorruptObjectException"))
                .isInstanceOf(CorruptObjectException.class);
        assertThat(catchThrowable(() -> ObjectChunker.reassemble(chunks.subList(0, chunks.size() - 1), digest)))
                .as(EXERCISE.says("the last chunk missing: the digest differs, CorruptObjectException"))
                .isInstanceOf(CorruptObjectException.class);
    }
}
