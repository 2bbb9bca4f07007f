package workshop.step05.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step05.given.MemoryStream;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 5.6: work-queue and interest retention remove what consumers acknowledged. */
@ExtendWith(SeededRandomResolver.class)
class StreamRetentionTest {

    private static final Exercise EXERCISE = Exercise.of("5.6");

    private final MemoryStream stream = new MemoryStream("JOBS", TestClock.atSomeDay());

    @Test
    @DisplayName("5.6 a work queue removes a message as soon as it is acknowledged")
    void workQueue(Random random) {
        var retention = new StreamRetention(RetentionPolicy.WORK_QUEUE, stream);
        retention.register("workers");
        int count = 2 + random.nextInt(5);
        for (int i = 0; i < count; i++) {
            retention.published(stream.publish("jobs.resize", "job " + i));
        }

        retention.acknowledged("workers", 1);

        assertThat(stream.get(1))
                .as(EXERCISE.says("#1 was acked: gone from the work queue"))
                .isEmpty();
        assertThat(stream.count()).as(EXERCISE.says("the others wait")).isEqualTo(count - 1);
    }

    @Test
    @DisplayName("5.6 an interest stream removes a message once every consumer acknowledged it")
    void interest() {
        var retention = new StreamRetention(RetentionPolicy.INTEREST, stream);
        retention.register("billing");
        retention.register("shipping");
        retention.published(stream.publish("orders.created", "o1"));

        retention.acknowledged("billing", 1);
        assertThat(stream.get(1))
                .as(EXERCISE.says("shipping has not acked yet: kept"))
                .isPresent();
        retention.acknowledged("shipping", 1);
        assertThat(stream.get(1)).as(EXERCISE.says("both acked: removed")).isEmpty();
    }

    @Test
    @DisplayName("5.6 an interest stream with no consumer keeps nothing")
    void interestWithoutConsumers() {
        var retention = new StreamRetention(RetentionPolicy.INTEREST, stream);

        retention.published(stream.publish("orders.created", "nobody cares"));

        assertThat(stream.count())
                .as(EXERCISE.says("no interest, no message (nats-server does the same)"))
                .isZero();
    }

    @Test
    @DisplayName("5.6 a limits stream keeps acknowledged messages")
    void limits() {
        var retention = new StreamRetention(RetentionPolicy.LIMITS, stream);
        retention.published(stream.publish("orders.created", "o1"));
        retention.acknowledged("anyone", 1);

        assertThat(stream.get(1))
                .as(EXERCISE.says("consumers read, a limits stream keeps"))
                .isPresent();
    }
}
