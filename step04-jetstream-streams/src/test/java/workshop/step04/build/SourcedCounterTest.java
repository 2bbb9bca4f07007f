package workshop.step04.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 4.18: a counter that adds up its own increments and the totals of its sources. */
@ExtendWith(SeededRandomResolver.class)
class SourcedCounterTest {

    private static final Exercise EXERCISE = Exercise.of("4.18");

    @Test
    @DisplayName("4.18 the total is the counter's own increments plus each source's latest total")
    void mergesSources(Random random) {
        SourcedCounter global = new SourcedCounter();
        BigInteger own = BigInteger.valueOf(random.nextInt(100));
        global.add(own);
        BigInteger eu = BigInteger.ZERO;
        BigInteger us = BigInteger.ZERO;
        long euSeq = 0;
        long usSeq = 0;
        for (int i = 0; i < 5 + random.nextInt(10); i++) {
            BigInteger delta = BigInteger.valueOf(random.nextInt(21) - 5);
            if (random.nextBoolean()) {
                eu = eu.add(delta);
                global.merge("EU", ++euSeq, eu);
            } else {
                us = us.add(delta);
                global.merge("US", ++usSeq, us);
            }
        }

        assertThat(global.total())
                .as(EXERCISE.says(
                        "%s published here + EU %s + US %s: a source's total replaces its previous one", own, eu, us))
                .isEqualTo(own.add(eu).add(us));
        Map<String, BigInteger> expected = new TreeMap<>();
        if (euSeq > 0) {
            expected.put("EU", eu);
        }
        if (usSeq > 0) {
            expected.put("US", us);
        }
        assertThat(global.contributions())
                .as(EXERCISE.says("each source contributes its latest total"))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("4.18 a source's total copied twice, or an older one arriving late, changes nothing")
    void duplicatesAndLateArrivals(Random random) {
        SourcedCounter global = new SourcedCounter();
        List<BigInteger> totals = new ArrayList<>();
        BigInteger total = BigInteger.ZERO;
        for (int i = 0; i < 3 + random.nextInt(5); i++) {
            total = total.add(BigInteger.valueOf(1 + random.nextInt(10)));
            totals.add(total);
        }
        for (int seq = 1; seq <= totals.size(); seq++) {
            global.merge("EU", seq, totals.get(seq - 1));
        }
        BigInteger latest = totals.getLast();

        assertThat(global.merge("EU", totals.size(), latest))
                .as(EXERCISE.says(
                        "the last message copied again adds nothing: a source's total replaces its previous one"))
                .isEqualTo(latest);
        List<Integer> older = new ArrayList<>();
        for (int seq = 1; seq < totals.size(); seq++) {
            older.add(seq);
        }
        Collections.shuffle(older, random);
        for (int seq : older) {
            assertThat(global.merge("EU", seq, totals.get(seq - 1)))
                    .as(EXERCISE.says("an old total (#%d) arriving after #%d changes nothing", seq, totals.size()))
                    .isEqualTo(latest);
        }
    }

    @Test
    @DisplayName(
            "4.18 increments published to the aggregate itself add to the sources' totals, and the ack's total says so")
    void ownIncrements(Random random) {
        SourcedCounter global = new SourcedCounter();
        BigInteger fromSource = BigInteger.valueOf(10 + random.nextInt(90));
        global.merge("EU", 1, fromSource);
        BigInteger delta = BigInteger.valueOf(1 + random.nextInt(9));

        assertThat(global.add(delta))
                .as(EXERCISE.says("%s from EU + %s published here", fromSource, delta))
                .isEqualTo(fromSource.add(delta));
        assertThat(global.add(delta.negate())).as(EXERCISE.says("and back")).isEqualTo(fromSource);
    }
}
