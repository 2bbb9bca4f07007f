package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectInfo;
import io.nats.client.api.ObjectStoreConfiguration;
import io.nats.client.api.StorageType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.12: a large object, in chunks, with its digest. */
@NatsServerTest
class ObjectFilesTest {

    private static final Exercise EXERCISE = Exercise.of("6.12");

    @Test
    @DisplayName("6.12 a large object is stored in chunks with its SHA-256 digest, and fetched back byte for byte")
    void storeAndFetch(Connection connection, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String store = resources.objectStore("reports");
        connection
                .objectStoreManagement()
                .create(ObjectStoreConfiguration.builder()
                        .name(store)
                        .storageType(StorageType.Memory)
                        .build());
        ObjectStore reports = connection.objectStore(store);
        int chunkSize = 8 * 1024;
        byte[] data = new byte[5 * chunkSize + 1 + random.nextInt(chunkSize - 1)];
        random.nextBytes(data);
        String expectedDigest = "SHA-256="
                + Base64.getUrlEncoder()
                        .encodeToString(MessageDigest.getInstance("SHA-256").digest(data));

        ObjectInfo info = ObjectFiles.store(reports, "q3.pdf", data, chunkSize);

        assertThat(info.getSize())
                .as(EXERCISE.says("the object's size is recorded"))
                .isEqualTo(data.length);
        assertThat(info.getChunks())
                .as(EXERCISE.says(
                        "%d bytes in chunks of %d make 6 chunks: did you set the chunk size?", data.length, chunkSize))
                .isEqualTo(6);
        assertThat(info.getDigest())
                .as(EXERCISE.says("the digest is SHA-256 of the whole object"))
                .isEqualTo(expectedDigest);
        assertThat(management.getStreamInfo("OBJ_" + store).getStreamState().getMsgCount())
                .as(EXERCISE.says("under the hood: 6 chunk messages and 1 description message in stream OBJ_%s", store))
                .isEqualTo(7);
        // The description's subject carries the name in Base64: cTMucGRm for q3.pdf (the same in the standard
        // alphabet jnats 2.26.2 uses and in the URL-safe one other clients use: no + or / in it).
        String descriptionSubject = "$O." + store + ".M."
                + Base64.getUrlEncoder().encodeToString("q3.pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(descriptionSubject)
                .as(EXERCISE.says("the description's subject ends in q3.pdf in Base64"))
                .endsWith(".cTMucGRm");
        assertThat(new String(
                        management
                                .getLastMessage("OBJ_" + store, descriptionSubject)
                                .getData(),
                        StandardCharsets.UTF_8))
                .as(EXERCISE.says("under the hood: the description message, JSON"))
                .contains("\"name\":\"q3.pdf\"", "\"chunks\":6");

        byte[] fetched = ObjectFiles.fetch(reports, "q3.pdf");
        assertThat(fetched).as(EXERCISE.says("fetch returns the same bytes")).isEqualTo(data);
    }
}
