package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.7: create-if-absent and update-at-revision on the real server. */
@NatsServerTest
class ConditionalWritesTest {

    private static final Exercise EXERCISE = Exercise.of("6.7");

    @Test
    @DisplayName("6.7 createIfAbsent wins once per key; a second create is empty, and works again after a delete")
    void createIfAbsent(Connection connection, TestResources resources, Random random) throws Exception {
        KeyValue seats = MemoryBuckets.create(connection, resources.bucket("seats"));
        String seat = "row1.seat" + random.nextInt(40);

        OptionalLong first = ConditionalWrites.createIfAbsent(seats, seat, bytes("alice"));
        OptionalLong second = ConditionalWrites.createIfAbsent(seats, seat, bytes("bob"));

        assertThat(first)
                .as(EXERCISE.says("the first create of %s succeeds", seat))
                .isPresent();
        assertThat(second)
                .as(EXERCISE.says("the second create is refused (10071) and reported as empty"))
                .isEmpty();
        assertThat(seats.get(seat).getValueAsString())
                .as(EXERCISE.says("alice keeps the seat"))
                .isEqualTo("alice");

        seats.delete(seat);
        assertThat(ConditionalWrites.createIfAbsent(seats, seat, bytes("bob")))
                .as(EXERCISE.says("after a delete, create works again (the latest entry is a delete marker)"))
                .isPresent();
    }

    @Test
    @DisplayName("6.7 updateIfAt succeeds at the current revision and is empty for a stale one")
    void updateIfAt(Connection connection, TestResources resources, Random random) throws Exception {
        KeyValue prices = MemoryBuckets.create(connection, resources.bucket("prices"));
        long read = prices.put("ticket-" + random.nextInt(100), bytes("20"));
        String key = prices.keys().getFirst();

        OptionalLong mine = ConditionalWrites.updateIfAt(prices, key, bytes("25"), read);
        OptionalLong stale = ConditionalWrites.updateIfAt(prices, key, bytes("15"), read);

        assertThat(mine)
                .as(EXERCISE.says("the update at revision %d succeeds", read))
                .isPresent();
        assertThat(stale)
                .as(EXERCISE.says("an update still expecting revision %d is refused: empty", read))
                .isEmpty();
        assertThat(prices.get(key).getValueAsString())
                .as(EXERCISE.says("the refused update changed nothing"))
                .isEqualTo("25");
        assertThat(prices.get(key).getRevision())
                .as(EXERCISE.says("updateIfAt returns the new revision"))
                .isEqualTo(mine.getAsLong());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
