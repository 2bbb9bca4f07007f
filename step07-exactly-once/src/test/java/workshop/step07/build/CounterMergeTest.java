package workshop.step07.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 7.11: a counter that adds local increments and the running totals of its sources. */
@ExtendWith(SeededRandomResolver.class)
class CounterMergeTest {

    private static final Exercise EXERCISE = Exercise.of("7.11");

    @Test
    @DisplayName("7.11 local increments add up, negative ones too, and each returns the new value")
    void localIncrements(Random random) {
        CounterMerge visits = new CounterMerge();
        long expected = 0;
        for (int i = 0; i < 5; i++) {
            long amount = random.nextInt(21) - 5;
            expected += amount;
            assertThat(visits.increment(amount))
                    .as(EXERCISE.says("after adding %d the value is %d", amount, expected))
                    .isEqualTo(expected);
        }
        assertThat(visits.value())
                .as(EXERCISE.says("value() is the last total"))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName(
            "7.11 two regions' totals merge into the global count: each source adds only what changed since its last total")
    void sourcesAddTheirDifference(Random random) {
        CounterMerge global = new CounterMerge();
        long eu1 = 1 + random.nextInt(50);
        long eu2 = eu1 + 1 + random.nextInt(50);
        long us = 1 + random.nextInt(50);

        global.applySourced("VIEWS_EU", "views.page", eu1);
        global.applySourced("VIEWS_US", "views.page", us);
        long afterEu2 = global.applySourced("VIEWS_EU", "views.page", eu2);

        assertThat(afterEu2)
                .as(EXERCISE.says(
                        "EU at %d and US at %d make %d, not %d (EU's totals are not increments)",
                        eu2, us, eu2 + us, eu1 + eu2 + us))
                .isEqualTo(eu2 + us);
        assertThat(global.sources())
                .as(
                        EXERCISE.says(
                                "the counter remembers each source's last total, per stream and subject, as Nats-Counter-Sources does"))
                .isEqualTo(Map.of("VIEWS_EU", Map.of("views.page", eu2), "VIEWS_US", Map.of("views.page", us)));
    }

    @Test
    @DisplayName("7.11 a total delivered twice adds nothing, and local increments and sources add up together")
    void repeatsAddNothing(Random random) {
        CounterMerge global = new CounterMerge();
        long eu = 1 + random.nextInt(50);
        long local = 1 + random.nextInt(10);

        global.applySourced("VIEWS_EU", "views.page", eu);
        long repeated =
                global.applySourced("VIEWS_EU", "views.page", eu); // redelivered after a restart of the sourcing
        global.increment(local);
        long fromAnotherSubject = global.applySourced("VIEWS_EU", "views.home", 7);

        assertThat(repeated)
                .as(EXERCISE.says("the same total from the same source again changes nothing"))
                .isEqualTo(eu);
        assertThat(fromAnotherSubject)
                .as(EXERCISE.says("a source's other subject is a source of its own: %d + %d + 7", eu, local))
                .isEqualTo(eu + local + 7);
    }

    @Test
    @DisplayName("7.11 a source whose count went down (decrements there) lowers the merged value by the difference")
    void sourceGoingDown(Random random) {
        CounterMerge global = new CounterMerge();
        long before = 20 + random.nextInt(30);
        long after = before - 1 - random.nextInt(10);

        global.applySourced("STOCK_A", "stock.item", before);
        long merged = global.applySourced("STOCK_A", "stock.item", after);

        assertThat(merged)
                .as(EXERCISE.says(
                        "from %d to %d at the source is %d here: a source's totals are not increments, add the difference",
                        before, after, after))
                .isEqualTo(after);
    }
}
