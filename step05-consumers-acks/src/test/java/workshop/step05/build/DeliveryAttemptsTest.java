package workshop.step05.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 5.4: counting deliveries against MaxDeliver. */
@ExtendWith(SeededRandomResolver.class)
class DeliveryAttemptsTest {

    private static final Exercise EXERCISE = Exercise.of("5.4");

    @Test
    @DisplayName("5.4 recordDelivery counts 1, 2, 3… per message")
    void counts() {
        var attempts = new DeliveryAttempts(-1);

        assertThat(attempts.count(4)).as(EXERCISE.says("never delivered: 0")).isZero();
        assertThat(attempts.recordDelivery(4))
                .as(EXERCISE.says("the first delivery is number 1"))
                .isEqualTo(1);
        assertThat(attempts.recordDelivery(4))
                .as(EXERCISE.says("the second delivery is number 2"))
                .isEqualTo(2);
        assertThat(attempts.recordDelivery(9))
                .as(EXERCISE.says("each message has its own count"))
                .isEqualTo(1);
        assertThat(attempts.count(4))
                .as(EXERCISE.says("count says how often it was delivered: 2"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("5.4 with MaxDeliver n, a message may be delivered again until it was delivered n times")
    void maxDeliver(Random random) {
        int maxDeliver = 2 + random.nextInt(5);
        var attempts = new DeliveryAttempts(maxDeliver);
        for (int i = 1; i < maxDeliver; i++) {
            attempts.recordDelivery(1);
            assertThat(attempts.mayDeliverAgain(1))
                    .as(EXERCISE.says("after %d of %d deliveries, once more", i, maxDeliver))
                    .isTrue();
        }
        attempts.recordDelivery(1);

        assertThat(attempts.mayDeliverAgain(1))
                .as(EXERCISE.says("after %d deliveries MaxDeliver is reached: no more", maxDeliver))
                .isFalse();
    }

    @Test
    @DisplayName("5.4 without a limit (-1) a message may always be delivered again; forget resets the count")
    void unlimitedAndForget() {
        var attempts = new DeliveryAttempts(-1);
        for (int i = 0; i < 1000; i++) {
            attempts.recordDelivery(1);
        }
        assertThat(attempts.mayDeliverAgain(1))
                .as(EXERCISE.says("-1 means no limit"))
                .isTrue();

        attempts.forget(1);
        assertThat(attempts.count(1))
                .as(EXERCISE.says("a forgotten message has no count"))
                .isZero();
    }
}
