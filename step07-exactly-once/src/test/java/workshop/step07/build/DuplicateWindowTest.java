package workshop.step07.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 7.1: the duplicate window behind Nats-Msg-Id. */
@ExtendWith(SeededRandomResolver.class)
class DuplicateWindowTest {

    private static final Exercise EXERCISE = Exercise.of("7.1");
    private final TestClock clock = TestClock.atSomeDay();

    @Test
    @DisplayName("7.1 an id is accepted once; a repeat inside the window is refused")
    void refusesRepeats(Random random) {
        Duration window = Duration.ofSeconds(30 + random.nextInt(90));
        var duplicates = new DuplicateWindow(window, clock);
        String id = "order-" + random.nextInt(100_000);

        boolean first = duplicates.accept(id);
        clock.advance(window.minusMillis(1));
        boolean repeat = duplicates.accept(id);
        boolean other = duplicates.accept(id + "-other");

        assertThat(first)
                .as(EXERCISE.says("the first message with id %s is accepted", id))
                .isTrue();
        assertThat(repeat)
                .as(EXERCISE.says("the same id 1 ms before the %s window ends is a duplicate", window))
                .isFalse();
        assertThat(other).as(EXERCISE.says("a different id is not a duplicate")).isTrue();
    }

    @Test
    @DisplayName("7.1 once the window has passed the id is forgotten, and a refused repeat does not extend the window")
    void forgetsAfterTheWindow(Random random) {
        Duration window = Duration.ofSeconds(10 + random.nextInt(50));
        var duplicates = new DuplicateWindow(window, clock);
        String id = "msg-" + random.nextInt(100_000);

        duplicates.accept(id);
        clock.advance(window.dividedBy(2));
        boolean refusedHalfway = duplicates.accept(id); // refused: must not restart the window
        clock.advance(window.dividedBy(2));
        boolean afterWindow = duplicates.accept(id);

        assertThat(refusedHalfway)
                .as(EXERCISE.says("a repeat halfway through the window is a duplicate"))
                .isFalse();
        assertThat(afterWindow)
                .as(EXERCISE.says(
                        "a window (%s) after the first sighting the id is new again;"
                                + " the refused repeat must not have extended it",
                        window))
                .isTrue();
    }

    @Test
    @DisplayName("7.1 memory stays bounded: only the ids of the last window are remembered")
    void staysBounded(Random random) {
        var duplicates = new DuplicateWindow(Duration.ofSeconds(10), clock);
        int ids = 500 + random.nextInt(500);

        for (int i = 0; i < ids; i++) {
            clock.advance(Duration.ofMillis(100)); // 10 ids per second: the last 100 are inside a 10 s window
            duplicates.accept("id-" + i);
        }

        assertThat(duplicates.size())
                .as(EXERCISE.says(
                        "after %d ids at 10 per second, only the last 10 s worth (100) are remembered:"
                                + " an id seen exactly a window ago is forgotten",
                        ids))
                .isEqualTo(100);
        assertThat(duplicates.accept("id-" + (ids - 1)))
                .as(EXERCISE.says("the newest id is still remembered"))
                .isFalse();
        assertThat(duplicates.accept("id-0"))
                .as(EXERCISE.says("the oldest id was forgotten"))
                .isTrue();
    }
}
