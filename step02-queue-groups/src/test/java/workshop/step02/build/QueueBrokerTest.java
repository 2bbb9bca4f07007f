package workshop.step02.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.step02.given.Message;
import workshop.step02.given.Subscription;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 2.3: the broker gives each message to one member of every group and to every plain subscriber. */
@ExtendWith(SeededRandomResolver.class)
class QueueBrokerTest {

    private static final Exercise EXERCISE = Exercise.of("2.3");

    /** What one subscriber received. */
    private static final class Received implements Consumer<Message> {
        final List<String> texts = new CopyOnWriteArrayList<>();

        @Override
        public void accept(Message message) {
            texts.add(message.text());
        }
    }

    private static List<String> publishTickets(QueueBroker broker, Random random, int count) {
        List<String> published = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "ticket-" + i + "-" + random.nextInt(1_000_000);
            broker.publish(Message.of("tickets.created", text));
            published.add(text);
        }
        return published;
    }

    @Test
    @DisplayName("2.3 gives each message to one member of the group and to every plain subscriber")
    void groupSharesPlainSeesAll(Random random) {
        QueueBroker broker = new QueueBroker(random);
        Received audit = new Received();
        Received worker1 = new Received();
        Received worker2 = new Received();
        Received worker3 = new Received();
        broker.subscribe("tickets.>", audit);
        broker.queueSubscribe("tickets.created", "orders-service", worker1);
        broker.queueSubscribe("tickets.created", "orders-service", worker2);
        broker.queueSubscribe("tickets.*", "orders-service", worker3);

        List<String> published = publishTickets(broker, random, 300);

        assertThat(audit.texts)
                .as(EXERCISE.says("the plain subscriber gets every message"))
                .isEqualTo(published);
        List<String> shared = new ArrayList<>();
        shared.addAll(worker1.texts);
        shared.addAll(worker2.texts);
        shared.addAll(worker3.texts);
        assertThat(shared)
                .as(EXERCISE.says("together the members got each message exactly once"))
                .containsExactlyInAnyOrderElementsOf(published);
        // Expected 100 each; a uniform choice gives a member fewer than 50 of 300 with probability below 1e-10.
        for (Received worker : List.of(worker1, worker2, worker3)) {
            assertThat(worker.texts.size())
                    .as(EXERCISE.says("each of 3 members gets a fair share of 300 messages"))
                    .isGreaterThanOrEqualTo(50);
        }
        assertThat(broker.droppedCount())
                .as(EXERCISE.says("every message reached somebody, so none is dropped"))
                .isZero();
    }

    @Test
    @DisplayName("2.3 delivers each message once to every group, independently")
    void groupsAreIndependent(Random random) {
        QueueBroker broker = new QueueBroker(random);
        Received orders1 = new Received();
        Received orders2 = new Received();
        Received payments = new Received();
        broker.queueSubscribe("tickets.created", "orders-service", orders1);
        broker.queueSubscribe("tickets.created", "orders-service", orders2);
        broker.queueSubscribe("tickets.created", "payments-service", payments);

        List<String> published = publishTickets(broker, random, 40);

        assertThat(payments.texts)
                .as(EXERCISE.says("the only member of payments-service gets everything"))
                .isEqualTo(published);
        assertThat(orders1.texts.size() + orders2.texts.size())
                .as(EXERCISE.says("orders-service gets every message once, whatever payments-service does"))
                .isEqualTo(published.size());
    }

    @Test
    @DisplayName("2.3 counts a message that reaches neither a subscriber nor a group as dropped")
    void countsDrops(Random random) {
        QueueBroker broker = new QueueBroker(random);
        Received worker = new Received();
        Subscription member = broker.queueSubscribe("jobs.*", "workers", worker);

        broker.publish(Message.of("jobs.resize", "1"));
        broker.publish(Message.of("emails.send", "2"));
        assertThat(worker.texts)
                .as(EXERCISE.says("the only member of workers gets the job on jobs.resize, and not emails.send"))
                .containsExactly("1");
        assertThat(broker.droppedCount())
                .as(EXERCISE.says(
                        "nobody listens on emails.send; publish() counts queue members' deliveries too, so only that"
                                + " message is dropped"))
                .isEqualTo(1);

        broker.unsubscribe(member);
        assertThat(broker.queueGroupNames())
                .as(EXERCISE.says(
                        "the last member left, so the group is gone: unsubscribe() of a member leaves its group"))
                .isEmpty();
        broker.publish(Message.of("jobs.resize", "3"));
        assertThat(worker.texts)
                .as(EXERCISE.says("a member that left gets nothing more"))
                .containsExactly("1");
        assertThat(broker.droppedCount())
                .as(EXERCISE.says("with no member up the job is lost and counted: core NATS keeps nothing"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("2.3 unsubscribes a plain subscription too, next to a queue group on the same subject")
    void unsubscribesPlainSubscriptions(Random random) {
        QueueBroker broker = new QueueBroker(random);
        Received auditor = new Received();
        Received worker = new Received();
        Subscription plain = broker.subscribe("jobs.*", auditor);
        broker.queueSubscribe("jobs.*", "workers", worker);

        broker.publish(Message.of("jobs.resize", "1"));
        assertThat(auditor.texts)
                .as(EXERCISE.says("a plain subscriber gets every message, next to the group's member"))
                .containsExactly("1");
        broker.unsubscribe(plain);
        broker.publish(Message.of("jobs.resize", "2"));

        assertThat(auditor.texts)
                .as(EXERCISE.says(
                        "a plain subscription unsubscribed through the QueueBroker gets nothing more: only a member"
                                + " leaves a group, a plain subscription leaves the given broker"))
                .containsExactly("1");
        assertThat(worker.texts)
                .as(EXERCISE.says("the group's member still gets every job"))
                .containsExactly("1", "2");
    }

    @Test
    @DisplayName("2.3 lets members join and leave while messages flow")
    void membersComeAndGo(Random random) {
        QueueBroker broker = new QueueBroker(random);
        Received early = new Received();
        Received late = new Received();
        Subscription earlyMember = broker.queueSubscribe("tickets.created", "orders-service", early);

        List<String> first = publishTickets(broker, random, 20);
        Subscription lateMember = broker.queueSubscribe("tickets.created", "orders-service", late);
        List<String> second = publishTickets(broker, random, 60);
        broker.unsubscribe(earlyMember);
        List<String> third = publishTickets(broker, random, 20);

        assertThat(early.texts)
                .as(EXERCISE.says("alone at first, the early member gets all the first messages"))
                .startsWith(first.toArray(String[]::new));
        assertThat(late.texts)
                .as(EXERCISE.says("the late member never sees what was published before it joined"))
                .doesNotContainAnyElementsOf(first)
                .endsWith(third.toArray(String[]::new));
        // Both members share the 60 messages in the middle; one of them getting none has probability 2 * 2^-60.
        assertThat(late.texts)
                .as(EXERCISE.says("once joined, the late member gets a share"))
                .containsAnyElementsOf(second);
        assertThat(early.texts.size() + late.texts.size())
                .as(EXERCISE.says("every message went to exactly one member"))
                .isEqualTo(first.size() + second.size() + third.size());
        assertThat(lateMember.queueGroup())
                .as(EXERCISE.says("queueSubscribe() returns a subscription that names its group"))
                .contains("orders-service");
    }

    @Test
    @DisplayName("2.3 makes the same choices again for the same seed")
    void reproducible(Random random) {
        long seed = random.nextLong();
        assertThat(shareOfFirstMember(new Random(seed)))
                .as(EXERCISE.says("two brokers with equally seeded Randoms share the messages alike"))
                .isEqualTo(shareOfFirstMember(new Random(seed)));
    }

    private static List<String> shareOfFirstMember(Random random) {
        QueueBroker broker = new QueueBroker(random);
        Received first = new Received();
        broker.queueSubscribe("jobs.*", "workers", first);
        broker.queueSubscribe("jobs.*", "workers", new Received());
        for (int i = 0; i < 40; i++) {
            broker.publish(Message.of("jobs.run", "job-" + i));
        }
        return first.texts;
    }

    @Test
    @DisplayName("2.3 refuses a queue group name that is empty or has whitespace")
    void validatesGroupNames(Random random) {
        QueueBroker broker = new QueueBroker(random);
        // catchThrowable, not assertThatThrownBy: when nothing is thrown, the description must still be shown.
        assertThat(catchThrowable(() -> broker.queueSubscribe("jobs.*", "", message -> {})))
                .as(EXERCISE.says("a queue group name is non-empty and has no whitespace: an empty one is refused with"
                        + " IllegalArgumentException"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catchThrowable(() -> broker.queueSubscribe("jobs.*", "night shift", message -> {})))
                .as(EXERCISE.says("a queue group name is non-empty and has no whitespace: 'night shift' is refused"
                        + " with IllegalArgumentException"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
