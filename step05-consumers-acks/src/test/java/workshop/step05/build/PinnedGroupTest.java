package workshop.step05.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;
import workshop.testkit.TestClock;

/** Exercise 5.19: a priority group's pinned client, its pin TTL and failover. */
@ExtendWith(SeededRandomResolver.class)
class PinnedGroupTest {

    private static final Exercise EXERCISE = Exercise.of("5.19");

    private final TestClock clock = TestClock.atSomeDay();

    @Test
    @DisplayName("5.19 the first worker to pull without a pin id is pinned; the others stand by")
    void firstPullerIsPinned(Random random) {
        var group = new PinnedGroup(Duration.ofSeconds(30), clock, pinIds(random));

        PinAnswer first = group.pull(null);
        PinAnswer second = group.pull(null);

        assertThat(first)
                .as(EXERCISE.says("nobody was pinned: the first pull is served with a new pin id"))
                .isInstanceOf(PinAnswer.Served.class);
        assertThat(second)
                .as(EXERCISE.says("a second worker without a pin id waits; it does not take the pin over"))
                .isEqualTo(new PinAnswer.Standby());
        String pinId = ((PinAnswer.Served) first).pinId();
        assertThat(group.pinnedId())
                .as(EXERCISE.says("the group names the pinned worker's id"))
                .contains(pinId);
        assertThat(group.pull(pinId))
                .as(EXERCISE.says("the pinned worker is served again with its id"))
                .isEqualTo(new PinAnswer.Served(pinId));
    }

    @Test
    @DisplayName("5.19 a pinned worker keeps its pin as long as each pull comes within the TTL")
    void eachPullRestartsTheTtl(Random random) {
        Duration ttl = Duration.ofSeconds(5 + random.nextInt(60));
        var group = new PinnedGroup(ttl, clock, pinIds(random));
        String pinId = ((PinAnswer.Served) group.pull(null)).pinId();

        for (int pull = 0; pull < 5; pull++) {
            clock.advance(ttl.minusMillis(1));
            assertThat(group.pull(pinId))
                    .as(EXERCISE.says(
                            "each pull starts the TTL again: a pull %s after the last one is still pinned",
                            ttl.minusMillis(1)))
                    .isEqualTo(new PinAnswer.Served(pinId));
        }
        assertThat(group.pull(null))
                .as(EXERCISE.says("the others still stand by"))
                .isEqualTo(new PinAnswer.Standby());
    }

    @Test
    @DisplayName(
            "5.19 a pinned worker silent for the TTL loses its pin: the next worker is pinned and the old id is refused")
    void failoverAfterTheTtl(Random random) {
        Duration ttl = Duration.ofSeconds(5 + random.nextInt(60));
        var group = new PinnedGroup(ttl, clock, pinIds(random));
        String crashed = ((PinAnswer.Served) group.pull(null)).pinId();
        assertThat(group.pull(null))
                .as(EXERCISE.says("the standby waits while the pin holds"))
                .isEqualTo(new PinAnswer.Standby());

        clock.advance(ttl);

        assertThat(group.pinnedId())
                .as(EXERCISE.says("after exactly %s without a pull, nobody is pinned", ttl))
                .isEmpty();
        PinAnswer standby = group.pull(null);
        assertThat(standby)
                .as(EXERCISE.says("the standby's next pull is served"))
                .isInstanceOf(PinAnswer.Served.class);
        String takenOver = ((PinAnswer.Served) standby).pinId();
        assertThat(takenOver).as(EXERCISE.says("with a new pin id")).isNotEqualTo(crashed);
        assertThat(group.pull(crashed))
                .as(EXERCISE.says("the worker that was away comes back with its old id: refused"))
                .isEqualTo(new PinAnswer.WrongPin());
        assertThat(group.pull(null))
                .as(EXERCISE.says("pulling again without an id, it stands by"))
                .isEqualTo(new PinAnswer.Standby());
    }

    @Test
    @DisplayName("5.19 unpin takes the pin away at once: the next worker to pull is pinned")
    void unpin(Random random) {
        var group = new PinnedGroup(Duration.ofMinutes(2), clock, pinIds(random));
        String before = ((PinAnswer.Served) group.pull(null)).pinId();

        group.unpin();

        assertThat(group.pinnedId())
                .as(EXERCISE.says("nobody is pinned after unpin"))
                .isEmpty();
        PinAnswer next = group.pull(null);
        assertThat(next)
                .as(EXERCISE.says("the next pull without an id is pinned"))
                .isInstanceOf(PinAnswer.Served.class);
        assertThat(((PinAnswer.Served) next).pinId())
                .as(EXERCISE.says("with a new id"))
                .isNotEqualTo(before);
        assertThat(group.pull(before))
                .as(EXERCISE.says("the id from before unpin is refused"))
                .isEqualTo(new PinAnswer.WrongPin());
    }

    @Test
    @DisplayName("5.19 a pin id the group never gave is refused, pinned or not")
    void unknownPinIdIsRefused(Random random) {
        var group = new PinnedGroup(Duration.ofSeconds(30), clock, pinIds(random));
        String madeUp = "pin-" + random.nextInt(1000);

        assertThat(group.pull(madeUp))
                .as(EXERCISE.says("nobody pinned, and an id: refused, not pinned"))
                .isEqualTo(new PinAnswer.WrongPin());
        assertThat(group.pinnedId())
                .as(EXERCISE.says("a refused pull pins nobody"))
                .isEmpty();
        group.pull(null);
        assertThat(group.pull(madeUp))
                .as(EXERCISE.says("someone pinned, and another id: refused"))
                .isEqualTo(new PinAnswer.WrongPin());
    }

    /** Fresh ids, different from run to run of the seed, never one a test makes up ("pin-…"). */
    private static Supplier<String> pinIds(Random random) {
        int start = random.nextInt(1000);
        int[] next = {start};
        return () -> "nuid-" + next[0]++;
    }
}
