package workshop.step02.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step02.given.Subscription;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 2.1: a queue group picks one matching member per message, fairly, from the Random it is given. */
@ExtendWith(SeededRandomResolver.class)
class QueueGroupTest {

    private static final Exercise EXERCISE = Exercise.of("2.1");
    private long nextId = 1;

    private Subscription member(String filter, String group) {
        return new Subscription(nextId++, filter, group, message -> {});
    }

    @Test
    @DisplayName("2.1 picks a member whose filter matches the subject")
    void picksAMatchingMember(Random random) {
        QueueGroup group = new QueueGroup("billing");
        Subscription onInvoices = member("invoices.*", "billing");
        Subscription onRefunds = member("refunds.*", "billing");
        group.join(onInvoices);
        group.join(onRefunds);

        String subject = "invoices." + random.nextInt(1000);
        for (int i = 0; i < 20; i++) {
            assertThat(group.pick(subject, random))
                    .as(EXERCISE.says("only the member listening on invoices.* can get %s", subject))
                    .contains(onInvoices);
        }
    }

    @Test
    @DisplayName("2.1 gives every member a fair share of many messages")
    void sharesFairly(Random random) {
        QueueGroup group = new QueueGroup("workers");
        List<Subscription> members =
                List.of(member("jobs.>", "workers"), member("jobs.>", "workers"), member("jobs.*", "workers"));
        members.forEach(group::join);

        Map<Subscription, Integer> picks = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            group.pick("jobs." + random.nextInt(50), random).ifPresent(chosen -> picks.merge(chosen, 1, Integer::sum));
        }
        // Expected 1000 each. With a uniform choice, a member falls outside [800, 1200] with probability
        // below 4e-14 per run (binomial tail), so a correct pick never fails this in practice.
        for (Subscription member : members) {
            assertThat(picks.getOrDefault(member, 0))
                    .as(EXERCISE.says(
                            "picks of %s out of 3000 messages among 3 members; all picks: %s. A queue group picks a"
                                    + " member at random, not always the first",
                            member, picks))
                    .isBetween(800, 1200);
        }
    }

    @Test
    @DisplayName("2.1 draws only from the Random it is given, so a seed replays the same choices")
    void sameSeedSameChoices(Random random) {
        long seed = random.nextLong();
        List<Subscription> members = List.of(member("orders.*", "q"), member("orders.*", "q"), member("orders.*", "q"));
        QueueGroup first = new QueueGroup("q");
        QueueGroup second = new QueueGroup("q");
        members.forEach(first::join);
        members.forEach(second::join);

        Random firstRandom = new Random(seed);
        Random secondRandom = new Random(seed);
        List<Optional<Subscription>> firstPicks = new ArrayList<>();
        List<Optional<Subscription>> secondPicks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            firstPicks.add(first.pick("orders.created", firstRandom));
            secondPicks.add(second.pick("orders.created", secondRandom));
        }
        assertThat(firstPicks)
                .as(EXERCISE.says("two groups with the same members and equally seeded Randoms must pick alike"))
                .isEqualTo(secondPicks);
    }

    @Test
    @DisplayName("2.1 never picks a member that left")
    void leaversAreNotPicked(Random random) {
        QueueGroup group = new QueueGroup("workers");
        Subscription staying = member("jobs.*", "workers");
        Subscription leaving = member("jobs.*", "workers");
        group.join(staying);
        group.join(leaving);

        assertThat(group.leave(leaving))
                .as(EXERCISE.says("leave() says the member was there"))
                .isTrue();
        assertThat(group.leave(leaving))
                .as(EXERCISE.says("leaving twice finds nobody the second time"))
                .isFalse();
        for (int i = 0; i < 20; i++) {
            assertThat(group.pick("jobs.resize", random))
                    .as(EXERCISE.says("only the member that stayed can be picked for jobs.resize"))
                    .contains(staying);
        }
        assertThat(group.members())
                .as(EXERCISE.says("members() lists only the member that stayed"))
                .containsExactly(staying);
    }

    @Test
    @DisplayName("2.1 picks nobody when no member listens on the subject, or no member is left")
    void picksNobody(Random random) {
        QueueGroup group = new QueueGroup("workers");
        Subscription only = member("jobs.*", "workers");
        group.join(only);

        assertThat(group.pick("emails.send", random))
                .as(EXERCISE.says(
                        "no member listens on emails.send: pick only among members whose filter matches the subject"))
                .isEmpty();
        group.leave(only);
        assertThat(group.isEmpty()).isTrue();
        assertThat(group.pick("jobs.resize", random))
                .as(EXERCISE.says("an empty group picks nobody"))
                .isEmpty();
    }

    @Test
    @DisplayName("2.1 refuses a plain subscription or a member of another group")
    void refusesStrangers() {
        QueueGroup group = new QueueGroup("workers");
        // catchThrowable, not assertThatThrownBy: when nothing is thrown, the description must still be shown.
        assertThat(catchThrowable(() -> group.join(member("jobs.*", null))))
                .as(EXERCISE.says(
                        "a plain subscription is not a member: join() refuses it with IllegalArgumentException"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> group.join(member("jobs.*", "auditors"))))
                .as(EXERCISE.says("a member of 'auditors' is not a member of 'workers': join() refuses it"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
