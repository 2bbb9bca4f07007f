package workshop.step05.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 5.2: ack policies: none, all, explicit; and the ack floor. */
@ExtendWith(SeededRandomResolver.class)
class AckLedgerTest {

    private static final Exercise EXERCISE = Exercise.of("5.2");

    @Test
    @DisplayName("5.2 EXPLICIT: each ack settles exactly its own message")
    void explicit(Random random) {
        var ledger = new AckLedger(AckPolicy.EXPLICIT);
        int count = 4 + random.nextInt(5);
        LongStream.rangeClosed(1, count).forEach(ledger::delivered);
        long acked = 2 + random.nextInt(count - 2);

        assertThat(ledger.ack(acked))
                .as(EXERCISE.says("explicit ack of #%d settles #%d only", acked, acked))
                .containsExactly(acked);
        assertThat(ledger.isPending(acked))
                .as(EXERCISE.says("#%d is no longer pending once acked", acked))
                .isFalse();
        assertThat(ledger.isPending(1)).as(EXERCISE.says("#1 is still pending")).isTrue();
        assertThat(ledger.pending())
                .as(EXERCISE.says("the other %d stay pending", count - 1))
                .hasSize(count - 1);
        assertThat(ledger.ack(acked))
                .as(EXERCISE.says("a second ack settles nothing"))
                .isEmpty();
    }

    @Test
    @DisplayName("5.2 ALL: an ack settles its message and every earlier pending one")
    void all(Random random) {
        var ledger = new AckLedger(AckPolicy.ALL);
        int count = 4 + random.nextInt(5);
        LongStream.rangeClosed(1, count).forEach(ledger::delivered);
        ledger.ack(1);

        assertThat(ledger.ack(3))
                .as(EXERCISE.says("with ALL, acking #3 settles #2 and #3 (#1 was already)"))
                .containsExactly(2L, 3L);
        assertThat(ledger.pending())
                .as(EXERCISE.says("from #4 on, still pending"))
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(4, count).boxed().toList());
    }

    @Test
    @DisplayName("5.2 NONE: nothing is ever pending; acks settle nothing")
    void none() {
        var ledger = new AckLedger(AckPolicy.NONE);
        ledger.delivered(1);
        ledger.delivered(2);

        assertThat(ledger.pending())
                .as(EXERCISE.says("with NONE, delivered means done"))
                .isEmpty();
        assertThat(ledger.ack(2))
                .as(EXERCISE.says("with NONE, an ack has nothing left to settle"))
                .isEmpty();
        assertThat(ledger.ackFloor())
                .as(EXERCISE.says("everything delivered is settled: floor #2"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("5.2 the ack floor is just below the lowest pending message")
    void ackFloor() {
        var ledger = new AckLedger(AckPolicy.EXPLICIT);
        assertThat(ledger.ackFloor())
                .as(EXERCISE.says("nothing delivered yet: floor 0"))
                .isZero();
        List.of(1L, 2L, 3L, 4L, 5L).forEach(ledger::delivered);

        ledger.ack(1);
        ledger.ack(3);
        assertThat(ledger.ackFloor())
                .as(EXERCISE.says("#2 still pending: floor #1 even though #3 is acked"))
                .isEqualTo(1);
        ledger.ack(2);
        assertThat(ledger.ackFloor()).as(EXERCISE.says("#4 pending: floor #3")).isEqualTo(3);
        assertThat(ledger.settle(4))
                .as(EXERCISE.says("#4 was pending, so settling it succeeds"))
                .isTrue();
        ledger.ack(5);
        assertThat(ledger.ackFloor())
                .as(EXERCISE.says("everything delivered is settled: floor #5"))
                .isEqualTo(5);
    }

    @Test
    @DisplayName("5.2 settle removes exactly one message, even under ALL")
    void settleIsExact() {
        var ledger = new AckLedger(AckPolicy.ALL);
        List.of(1L, 2L, 3L).forEach(ledger::delivered);

        assertThat(ledger.settle(3)).as(EXERCISE.says("#3 was pending")).isTrue();
        assertThat(ledger.pending())
                .as(EXERCISE.says("a term (settle) is not cumulative"))
                .containsExactly(1L, 2L);
        assertThat(ledger.settle(3))
                .as(EXERCISE.says("#3 is settled already: settling it again does nothing"))
                .isFalse();
    }
}
