package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.ObjectStore;
import io.nats.client.api.ObjectStoreConfiguration;
import io.nats.client.api.StorageType;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.13: list, watch and delete objects. */
@NatsServerTest
class ObjectCatalogTest {

    private static final Exercise EXERCISE = Exercise.of("6.13");

    @Test
    @DisplayName("6.13 names lists the stored objects, sorted, and leaves deleted ones out")
    void names(Connection connection, TestResources resources, Random random) throws Exception {
        ObjectStore photos = store(connection, resources.objectStore("photos"));
        int count = 3 + random.nextInt(3);
        for (int i = count; i >= 1; i--) {
            photos.put("img-" + i + ".jpg", new byte[100 * i]);
        }
        photos.delete("img-2.jpg");

        List<String> names = ObjectCatalog.names(photos);

        assertThat(names)
                .as(EXERCISE.says("the %d objects but the deleted img-2.jpg, sorted", count))
                .hasSize(count - 1)
                .doesNotContain("img-2.jpg")
                .isSorted()
                .contains("img-1.jpg", "img-" + count + ".jpg");
    }

    @Test
    @DisplayName("6.13 watchChanges reports puts and deletes made after it started, and nothing from before")
    void watchChanges(Connection connection, TestResources resources) throws Exception {
        ObjectStore invoices = store(connection, resources.objectStore("invoices"));
        invoices.put("old.pdf", new byte[10]);
        List<String> heard = new CopyOnWriteArrayList<>();

        var subscription = ObjectCatalog.watchChanges(invoices, heard::add);
        invoices.put("new.pdf", new byte[300_000]); // several chunks; still one change
        invoices.delete("old.pdf");

        await().alias(EXERCISE.says("the watch reports 'put new.pdf' then 'delete old.pdf'"))
                .atMost(Duration.ofSeconds(3))
                .until(() -> heard.equals(List.of("put new.pdf", "delete old.pdf")));
        subscription.unsubscribe();
    }

    private static ObjectStore store(Connection connection, String name) throws Exception {
        connection
                .objectStoreManagement()
                .create(ObjectStoreConfiguration.builder()
                        .name(name)
                        .storageType(StorageType.Memory)
                        .build());
        return connection.objectStore(name);
    }
}
