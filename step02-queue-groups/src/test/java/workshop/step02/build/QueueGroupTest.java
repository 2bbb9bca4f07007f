package workshop.step02.build;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step02.given.Subscription;
import workshop.testkit.SeededRandomResolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(SeededRandomResolver.class)
class QueueGroupTest {

    private static final String ANCHOR = " (README.md#21-pick-one-member-of-a-group)";
    private long nextId = 1;

    private Subscription member(String filter, String group) {
        return new Subscription(nextId++, filter, group, message -> { });
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
                    .as("Exercise 2.1: only the member listening on invoices.* can get %s%s", subject, ANCHOR)
                    .contains(onInvoices);
        }
    }

    @Test
    @DisplayName("2.1 gives every member a fair share of many messages")
    void sharesFairly(Random random) {
        QueueGroup group = new QueueGroup("workers");
        List<Subscription> members = List.of(member("jobs.>", "workers"), member("jobs.>", "workers"), member("jobs.*", "workers"));
        members.forEach(group::join);

        Map<Subscription, Integer> picks = new HashMap<>();
        for (int i = 0; i < 3000; i++) {
            group.pick("jobs." + random.nextInt(50), random).ifPresent(chosen -> picks.merge(chosen, 1, Integer::sum));
        }
        // Expected 1000 each. With a uniform choice, a member falls outside [800, 1200] with probability
        // below 4e-14 per run (binomial tail), so a correct pick never fails this in practice.
        for (Subscription member : members) {
            assertThat(picks.getOrDefault(member, 0))
                    .as("Exercise 2.1: picks of %s out of 3000 messages among 3 members; all picks: %s%s", member, picks, ANCHOR)
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
                .as("Exercise 2.1: two groups with the same members and equally seeded Randoms must pick alike%s", ANCHOR)
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

        assertThat(group.leave(leaving)).as("Exercise 2.1: leave() says the member was there%s", ANCHOR).isTrue();
        assertThat(group.leave(leaving)).as("Exercise 2.1: leaving twice finds nobody the second time%s", ANCHOR).isFalse();
        for (int i = 0; i < 20; i++) {
            assertThat(group.pick("jobs.resize", random)).as("Exercise 2.1%s", ANCHOR).contains(staying);
        }
        assertThat(group.members()).containsExactly(staying);
    }

    @Test
    @DisplayName("2.1 picks nobody when no member listens on the subject, or no member is left")
    void picksNobody(Random random) {
        QueueGroup group = new QueueGroup("workers");
        Subscription only = member("jobs.*", "workers");
        group.join(only);

        assertThat(group.pick("emails.send", random)).as("Exercise 2.1: no member listens on emails.send%s", ANCHOR).isEmpty();
        group.leave(only);
        assertThat(group.isEmpty()).isTrue();
        assertThat(group.pick("jobs.resize", random)).as("Exercise 2.1: an empty group picks nobody%s", ANCHOR).isEmpty();
    }

    @Test
    @DisplayName("2.1 refuses a plain subscription or a member of another group")
    void refusesStrangers() {
        QueueGroup group = new QueueGroup("workers");
        assertThatThrownBy(() -> group.join(member("jobs.*", null)))
                .as("Exercise 2.1: a plain subscription is not a member%s", ANCHOR)
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> group.join(member("jobs.*", "auditors")))
                .as("Exercise 2.1: a member of 'auditors' is not a member of 'workers'%s", ANCHOR)
                .isInstanceOf(IllegalArgumentException.class);
    }
}
