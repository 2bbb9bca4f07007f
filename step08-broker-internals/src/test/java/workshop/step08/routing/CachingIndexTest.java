package workshop.step08.routing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.SeededRandomResolver;

import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(SeededRandomResolver.class)
class CachingIndexTest {

    private static final String WHERE = "(README.md#84-cache-match-results)";
    private static final Subscriber CLIENT = new TestSubscriber(1);

    @Test
    @DisplayName("8.4 answers a repeated subject from the cache: the same result, counted as a hit")
    void servesRepeatedSubjects(Random random) {
        CachingIndex index = new CachingIndex(new Sublist());
        String subject = "orders." + random.nextInt(1000);
        index.insert(new Subscription(CLIENT, "orders.*", null, "1"));

        MatchResult first = index.match(subject);
        MatchResult second = index.match(subject);

        assertThat(second).as("Exercise 8.4: the second match of %s is the cached result itself %s", subject, WHERE).isSameAs(first);
        assertThat(index.hits()).as("Exercise 8.4: cache hits after matching one subject twice %s", WHERE).isEqualTo(1);
        assertThat(index.misses()).as("Exercise 8.4: cache misses after matching one subject twice %s", WHERE).isEqualTo(1);
    }

    @Test
    @DisplayName("8.4 never serves a result made stale by an insert or a remove")
    void invalidatesOnChange() {
        CachingIndex index = new CachingIndex(new Sublist());
        Subscription wide = new Subscription(CLIENT, "orders.>", null, "wide");
        index.insert(wide);
        assertThat(index.match("orders.new").size()).as("Exercise 8.4: one subscriber %s", WHERE).isEqualTo(1);

        index.insert(new Subscription(CLIENT, "orders.new", null, "narrow"));
        assertThat(index.match("orders.new").size()).as("Exercise 8.4: after an insert, the new subscriber is included %s", WHERE).isEqualTo(2);

        index.remove(wide);
        assertThat(index.match("orders.new").plain()).as("Exercise 8.4: after a remove, the removed subscriber is gone %s", WHERE)
                .extracting(Subscription::sid).containsExactly("narrow");
    }

    @Test
    @DisplayName("8.4 keeps at most maxEntries subjects, however many distinct subjects are matched")
    void isBounded(Random random) {
        CachingIndex index = new CachingIndex(new Sublist(), 16);
        index.insert(new Subscription(CLIENT, ">", null, "all"));
        for (int i = 0; i < 1000; i++) {
            index.match("flood." + random.nextInt() + "." + i);
            assertThat(index.cachedSubjects()).as("Exercise 8.4: cached subjects with maxEntries 16 %s", WHERE).isLessThanOrEqualTo(16);
        }
    }

    @Test
    @DisplayName("8.4 sees each insert at once even while other threads keep matching the same subject")
    void noStaleResultUnderConcurrency() throws Exception {
        CachingIndex index = new CachingIndex(new Sublist());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(2);
        Thread[] readers = new Thread[2];
        for (int r = 0; r < readers.length; r++) {
            readers[r] = Thread.ofPlatform().start(() -> {
                started.countDown();
                try {
                    while (running.get()) {
                        index.match("race.x");
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
        }
        started.await();
        try {
            for (int i = 1; i <= 1000; i++) {
                index.insert(new Subscription(CLIENT, i % 2 == 0 ? "race.x" : "race.*", null, "s" + i));
                int seen = index.match("race.x").size();
                if (seen != i) {
                    assertThat(seen).as("Exercise 8.4: right after insert number %d, match(\"race.x\") (a stale cached result?) %s", i, WHERE).isEqualTo(i);
                }
            }
        } finally {
            running.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertThat(failure.get()).as("Exercise 8.4: what the matching threads threw %s", WHERE).isNull();
    }
}
