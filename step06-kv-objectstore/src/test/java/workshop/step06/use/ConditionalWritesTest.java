package workshop.step06.use;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Exercise 6.7: create-if-absent and update-at-revision on the real server. */
@NatsServerTest
class ConditionalWritesTest {

    private static final String README = " (see step06-kv-objectstore/README.md#67-write-only-if-nobody-else-did)";

    @Test
    @DisplayName("6.7 createIfAbsent wins once per key; a second create is empty, and works again after a delete")
    void createIfAbsent(Connection connection, TestResources resources, Random random) throws Exception {
        KeyValue seats = bucket(connection, resources.bucket("seats"));
        String seat = "row1.seat" + random.nextInt(40);

        OptionalLong first = ConditionalWrites.createIfAbsent(seats, seat, bytes("alice"));
        OptionalLong second = ConditionalWrites.createIfAbsent(seats, seat, bytes("bob"));

        assertThat(first).as("Exercise 6.7: the first create of %s succeeds%s", seat, README).isPresent();
        assertThat(second).as("Exercise 6.7: the second create is refused (10071) and reported as empty%s", README).isEmpty();
        assertThat(seats.get(seat).getValueAsString()).as("Exercise 6.7: alice keeps the seat").isEqualTo("alice");

        seats.delete(seat);
        assertThat(ConditionalWrites.createIfAbsent(seats, seat, bytes("bob")))
                .as("Exercise 6.7: after a delete, create works again (the latest entry is a delete marker)").isPresent();
    }

    @Test
    @DisplayName("6.7 updateIfAt succeeds at the current revision and is empty for a stale one")
    void updateIfAt(Connection connection, TestResources resources, Random random) throws Exception {
        KeyValue prices = bucket(connection, resources.bucket("prices"));
        long read = prices.put("ticket-" + random.nextInt(100), bytes("20"));
        String key = prices.keys().getFirst();

        OptionalLong mine = ConditionalWrites.updateIfAt(prices, key, bytes("25"), read);
        OptionalLong stale = ConditionalWrites.updateIfAt(prices, key, bytes("15"), read);

        assertThat(mine).as("Exercise 6.7: the update at revision %d succeeds%s", read, README).isPresent();
        assertThat(stale).as("Exercise 6.7: an update still expecting revision %d is refused: empty%s", read, README).isEmpty();
        assertThat(prices.get(key).getValueAsString()).as("Exercise 6.7: the refused update changed nothing").isEqualTo("25");
        assertThat(prices.get(key).getRevision()).isEqualTo(mine.getAsLong());
    }

    private static KeyValue bucket(Connection connection, String name) throws Exception {
        connection.keyValueManagement().create(KeyValueConfiguration.builder().name(name).storageType(StorageType.Memory).build());
        return connection.keyValue(name);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
