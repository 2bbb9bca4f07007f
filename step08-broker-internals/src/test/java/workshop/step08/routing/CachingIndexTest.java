package workshop.step08.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 8.4: the cache answers repeated subjects and never serves a stale result. */
@ExtendWith(SeededRandomResolver.class)
class CachingIndexTest {

    private static final Exercise EXERCISE = Exercise.of("8.4");
    private static final Subscriber CLIENT = new TestSubscriber(1);

    @Test
    @DisplayName("8.4 answers a repeated subject from the cache: the same result, counted as a hit")
    void servesRepeatedSubjects(Random random) {
        CachingIndex index = new CachingIndex(new Sublist());
        String subject = "orders." + random.nextInt(1000);
        index.insert(new Subscription(CLIENT, "orders.*", Optional.empty(), "1"));

        MatchResult first = index.match(subject);
        MatchResult second = index.match(subject);

        assertThat(second)
                .as(EXERCISE.says("the second match of %s is the cached result itself", subject))
                .isSameAs(first);
        assertThat(index.hits())
                .as(EXERCISE.says("cache hits after matching one subject twice"))
                .isEqualTo(1);
        assertThat(index.misses())
                .as(EXERCISE.says("cache misses after matching one subject twice"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("8.4 never serves a result made stale by an insert or a remove")
    void invalidatesOnChange() {
        CachingIndex index = new CachingIndex(new Sublist());
        Subscription wide = new Subscription(CLIENT, "orders.>", Optional.empty(), "wide");
        index.insert(wide);
        assertThat(index.match("orders.new").size())
                .as(EXERCISE.says("one subscriber"))
                .isEqualTo(1);

        index.insert(new Subscription(CLIENT, "orders.new", Optional.empty(), "narrow"));
        assertThat(index.match("orders.new").size())
                .as(EXERCISE.says("after an insert, the new subscriber is included"))
                .isEqualTo(2);

        index.remove(wide);
        assertThat(index.match("orders.new").plain())
                .as(EXERCISE.says("after a remove of orders.>, the removed subscriber is gone from the result of"
                        + " orders.new (a wildcard filter changes the results of many subjects)"))
                .extracting(Subscription::sid)
                .containsExactly("narrow");
    }

    @Test
    @DisplayName("8.4 keeps at most maxEntries subjects, however many distinct subjects are matched")
    void isBounded(Random random) {
        CachingIndex index = new CachingIndex(new Sublist(), 16);
        index.insert(new Subscription(CLIENT, ">", Optional.empty(), "all"));
        for (int i = 0; i < 1000; i++) {
            index.match("flood." + random.nextInt() + "." + i);
            assertThat(index.cachedSubjects())
                    .as(EXERCISE.says("cached subjects with maxEntries 16"))
                    .isLessThanOrEqualTo(16);
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
                index.insert(new Subscription(CLIENT, i % 2 == 0 ? "race.x" : "race.*", Optional.empty(), "s" + i));
                int seen = index.match("race.x").size();
                if (seen != i) {
                    assertThat(seen)
                            .as(EXERCISE.says(
                                    "right after insert number %d, match(\"race.x\") (a stale cached result?)", i))
                            .isEqualTo(i);
                }
            }
        } finally {
            running.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertThat(failure.get())
                .as(EXERCISE.says("what the matching threads threw"))
                .isNull();
    }
}
