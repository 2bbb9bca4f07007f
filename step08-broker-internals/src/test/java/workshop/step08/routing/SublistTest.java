package workshop.step08.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.3: the subject trie finds exactly the matching subscriptions, under concurrency too. */
@ExtendWith(SeededRandomResolver.class)
class SublistTest {

    private static final Exercise EXERCISE = Exercise.of("8.3");
    private static final Subscriber CLIENT = new TestSubscriber(1);

    @Test
    @DisplayName("8.3 matches literal, '*' and '>' filters, and '>' needs at least one token")
    void matchesWildcards() {
        Sublist sublist = new Sublist();
        for (String filter : List.of(
                "orders.eu.new", "orders.*.new", "orders.>", "orders.*", "*.eu.*", ">", "orders.eu.new.>", "audit.>")) {
            sublist.insert(new Subscription(CLIENT, filter, Optional.empty(), filter));
        }

        assertThat(sids(sublist.match("orders.eu.new")))
                .as(EXERCISE.says("the filters matching orders.eu.new (a literal and a '*' branch may both match:"
                        + " follow both)"))
                .containsExactlyInAnyOrder("orders.eu.new", "orders.*.new", "orders.>", "*.eu.*", ">");
        assertThat(sids(sublist.match("orders")))
                .as(EXERCISE.says("the filters matching orders ('>' needs one more token)"))
                .containsExactlyInAnyOrder(">");
        assertThat(sids(sublist.match("orders.us")))
                .as(EXERCISE.says("the filters matching orders.us"))
                .containsExactlyInAnyOrder("orders.>", "orders.*", ">");
        assertThat(sids(sublist.match("audit")))
                .as(EXERCISE.says("audit does not match audit.>"))
                .containsExactlyInAnyOrder(">");
    }

    @Test
    @DisplayName("8.3 agrees with a linear scan on random filters and subjects")
    void agreesWithALinearScan(Random random) {
        Sublist sublist = new Sublist();
        LinearIndex linear = new LinearIndex();
        for (int i = 0; i < 400; i++) {
            Subscription subscription = new Subscription(
                    CLIENT,
                    randomFilter(random),
                    random.nextInt(4) == 0 ? Optional.of("q" + random.nextInt(3)) : Optional.empty(),
                    "s" + i);
            sublist.insert(subscription);
            linear.insert(subscription);
        }
        for (int i = 0; i < 400; i++) {
            String subject = randomSubject(random);
            assertThat(all(sublist.match(subject)))
                    .as(EXERCISE.says(
                            "the subscriptions matching %s, as a linear scan finds them ('*' is exactly one token, '>'"
                                    + " needs one more token at least; a literal and a '*' branch may both match:"
                                    + " follow both)",
                            subject))
                    .containsExactlyInAnyOrderElementsOf(all(linear.match(subject)));
        }
    }

    @Test
    @DisplayName("8.3 groups queue subscribers by group name across filters, apart from plain subscribers")
    void groupsQueueSubscribers() {
        Sublist sublist = new Sublist();
        sublist.insert(new Subscription(CLIENT, "jobs.*", Optional.of("workers"), "w1"));
        sublist.insert(new Subscription(CLIENT, "jobs.>", Optional.of("workers"), "w2"));
        sublist.insert(new Subscription(CLIENT, "jobs.print", Optional.of("printers"), "p1"));
        sublist.insert(new Subscription(CLIENT, "jobs.print", Optional.empty(), "audit"));

        MatchResult result = sublist.match("jobs.print");

        assertThat(sids(result.plain()))
                .as(EXERCISE.says("plain subscribers of jobs.print"))
                .containsExactly("audit");
        assertThat(result.queueGroups().stream().map(SublistTest::sids).collect(Collectors.toSet()))
                .as(EXERCISE.says("queue groups of jobs.print (workers on two filters are one group)"))
                .containsExactlyInAnyOrder(Set.of("w1", "w2"), Set.of("p1"));
    }

    @Test
    @DisplayName("8.3 removes exactly the subscription asked for, once, and prunes the branches left empty")
    void removesAndPrunes(Random random) {
        Sublist sublist = new Sublist();
        Subscription first = new Subscription(CLIENT, "a.b.c", Optional.empty(), "1");
        Subscription second = new Subscription(CLIENT, "a.b.c", Optional.empty(), "2");
        sublist.insert(first);
        sublist.insert(second);

        assertThat(sublist.remove(first))
                .as(EXERCISE.says("removing a subscription that is there"))
                .isTrue();
        assertThat(sublist.remove(first))
                .as(EXERCISE.says("removing it a second time"))
                .isFalse();
        assertThat(sids(sublist.match("a.b.c")))
                .as(EXERCISE.says("the other subscription on the same filter stays"))
                .containsExactly("2");
        assertThat(sublist.remove(new Subscription(CLIENT, "x.y", Optional.empty(), "9")))
                .as(EXERCISE.says("removing one never inserted"))
                .isFalse();
        sublist.remove(second);

        List<Subscription> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Subscription subscription = new Subscription(CLIENT, randomFilter(random), Optional.empty(), "m" + i);
            many.add(subscription);
            sublist.insert(subscription);
        }
        java.util.Collections.shuffle(many, random);
        many.forEach(sublist::remove);

        assertThat(sublist.count())
                .as(EXERCISE.says("subscriptions left after removing all"))
                .isZero();
        assertThat(sublist.nodeCount())
                .as(EXERCISE.says("trie nodes left after removing every subscription (empty branches must be pruned)"))
                .isZero();
    }

    @Test
    @DisplayName("8.3 stays consistent while threads insert, remove and match at the same time")
    void isThreadSafe(Random random) throws Exception {
        Sublist sublist = new Sublist();
        long seed = random.nextLong();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(threads.submit(() -> {
                    Random own = new Random(seed + thread);
                    List<Subscription> mine = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        Subscription subscription = new Subscription(
                                CLIENT, "t" + thread + "." + randomFilter(own), Optional.empty(), thread + "-" + i);
                        sublist.insert(subscription);
                        mine.add(subscription);
                        sublist.match("t" + thread + "." + randomSubject(own));
                        if (i % 2 == 1) {
                            sublist.remove(mine.remove(own.nextInt(mine.size())));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(20, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(sublist.count())
                .as(EXERCISE.says("4 threads each inserted 2000 and removed 1000"))
                .isEqualTo(4000);
    }

    static String randomFilter(Random random) {
        int tokens = 1 + random.nextInt(4);
        StringBuilder filter = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            if (i > 0) {
                filter.append('.');
            }
            int pick = random.nextInt(10);
            if (pick == 0 && i == tokens - 1) {
                filter.append('>');
            } else if (pick < 3) {
                filter.append('*');
            } else {
                filter.append((char) ('a' + random.nextInt(3)));
            }
        }
        return filter.toString();
    }

    static String randomSubject(Random random) {
        int tokens = 1 + random.nextInt(4);
        StringBuilder subject = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            if (i > 0) {
                subject.append('.');
            }
            subject.append((char) ('a' + random.nextInt(3)));
        }
        return subject.toString();
    }

    private static Set<Subscription> all(MatchResult result) {
        Set<Subscription> all = new HashSet<>(result.plain());
        result.queueGroups().forEach(all::addAll);
        return all;
    }

    private static Set<String> sids(MatchResult result) {
        return all(result).stream().map(Subscription::sid).collect(Collectors.toSet());
    }

    private static Set<String> sids(List<Subscription> subscriptions) {
        return subscriptions.stream().map(Subscription::sid).collect(Collectors.toSet());
    }
}
