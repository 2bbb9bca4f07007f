package workshop.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HonestyCheckTest {

    @Test
    @DisplayName("a message names exercise 1.1 only as 1.1, not as the start of 1.10")
    void namesExercise() {
        assertThat(StepVerdict.namesExercise("Exercise 1.1 is not solved yet", "1.1"))
                .isTrue();
        assertThat(StepVerdict.namesExercise("Exercise 1.10 is not solved yet", "1.1"))
                .isFalse();
        assertThat(StepVerdict.namesExercise("expected 3 (Exercise 1.1: fan-out)", "1.1"))
                .isTrue();
    }

    @Test
    @DisplayName("a test may fail naming an exercise its own exercise needs")
    void needs() {
        var unsubscribe = new Exercise("1.4", "Unsubscribe", "Build", "f", "t", "g", List.of(), List.of("1.3"));
        assertThat(StepVerdict.namesExerciseOrOneItNeeds("Exercise 1.3 is not solved yet", unsubscribe))
                .isTrue();
        assertThat(StepVerdict.namesExerciseOrOneItNeeds("Exercise 1.2 is not solved yet", unsubscribe))
                .isFalse();
    }
}
