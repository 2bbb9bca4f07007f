package workshop.step02.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step02.given.Subscription;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 2.2: every queue group kept by name, one member picked from each group that listens. */
@ExtendWith(SeededRandomResolver.class)
class QueueGroupsTest {

    private static final Exercise EXERCISE = Exercise.of("2.2");
    private long nextId = 1;

    private Subscription member(String filter, String group) {
        return new Subscription(nextId++, filter, group, message -> {});
    }

    @Test
    @DisplayName("2.2 picks one member of each group that listens on the subject")
    void onePerGroup(Random random) {
        QueueGroups groups = new QueueGroups();
        Subscription orders1 = member("tickets.created", "orders-service");
        Subscription orders2 = member("tickets.created", "orders-service");
        Subscription payments1 = member("tickets.*", "payments-service");
        Subscription emails = member("emails.*", "mailer");
        List.of(orders1, orders2, payments1, emails).forEach(groups::join);

        for (int i = 0; i < 30; i++) {
            List<Subscription> recipients = groups.pickOnePerGroup("tickets.created", random);
            assertThat(recipients)
                    .as(EXERCISE.says(
                            "every group that listens gets the message: one member of orders-service and the one of"
                                    + " payments-service, nobody from mailer"))
                    .hasSize(2)
                    .contains(payments1)
                    .containsAnyOf(orders1, orders2)
                    .doesNotContain(emails);
        }
    }

    @Test
    @DisplayName("2.2 treats members with different filters but one name as one group")
    void oneNameOneGroup(Random random) {
        QueueGroups groups = new QueueGroups();
        Subscription exact = member("tickets.created", "orders-service");
        Subscription wildcard = member("tickets.>", "orders-service");
        groups.join(exact);
        groups.join(wildcard);

        Set<Subscription> seen = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            List<Subscription> recipients = groups.pickOnePerGroup("tickets.created", random);
            assertThat(recipients)
                    .as(EXERCISE.says("both members match, but the group 'orders-service' gets the message once"))
                    .hasSize(1);
            seen.addAll(recipients);
        }
        // Each of the 60 picks is a fair coin: missing one member has probability 2 * 2^-60.
        assertThat(seen)
                .as(EXERCISE.says(
                        "over 60 messages both members get some: one name is one group, however many members join it"))
                .containsExactlyInAnyOrder(exact, wildcard);
        assertThat(groups.pickOnePerGroup("tickets.updated", random))
                .as(EXERCISE.says("only the wildcard member listens on tickets.updated"))
                .containsExactly(wildcard);
    }

    @Test
    @DisplayName("2.2 creates a group with its first member and forgets it with its last")
    void groupsComeAndGo(Random random) {
        QueueGroups groups = new QueueGroups();
        String name = "workers-" + random.nextInt(1000);
        Subscription first = member("jobs.*", name);
        Subscription second = member("jobs.*", name);

        assertThat(groups.names())
                .as(EXERCISE.says("no member yet, so no group"))
                .isEmpty();
        groups.join(first);
        groups.join(second);
        assertThat(groups.names())
                .as(EXERCISE.says("the group exists once it has a member"))
                .containsExactly(name);

        groups.leave(first);
        assertThat(groups.names()).as(EXERCISE.says("one member is still in")).containsExactly(name);
        assertThat(groups.pickOnePerGroup("jobs.resize", random))
                .as(EXERCISE.says("the member that is left is the one picked"))
                .containsExactly(second);

        groups.leave(second);
        assertThat(groups.names())
                .as(EXERCISE.says("a group without members does not exist: the last member to leave takes it along"))
                .isEmpty();
        assertThat(groups.pickOnePerGroup("jobs.resize", random))
                .as(EXERCISE.says("a group that is gone picks nobody"))
                .isEmpty();

        groups.leave(second);
        assertThat(groups.names())
                .as(EXERCISE.says("leaving again is harmless"))
                .isEmpty();
    }

    @Test
    @DisplayName("2.2 refuses a plain subscription")
    void refusesPlainSubscriptions() {
        QueueGroups groups = new QueueGroups();
        assertThat(catchThrowable(() -> groups.join(member("jobs.*", null))))
                .as(EXERCISE.says("a subscription without a queue group cannot join one"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
