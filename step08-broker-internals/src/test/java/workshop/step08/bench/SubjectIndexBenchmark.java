package workshop.step08.bench;

import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import workshop.step08.routing.CachingIndex;
import workshop.step08.routing.LinearIndex;
import workshop.step08.routing.MatchResult;
import workshop.step08.routing.SubjectIndex;
import workshop.step08.routing.Sublist;
import workshop.step08.routing.Subscriber;
import workshop.step08.routing.Subscription;

/**
 * Matching one subject among N subscriptions: a linear scan, the trie, and the trie behind its
 * cache. Subscriptions look like a real system's ({@code orders.<region>.<id>}, some wildcards);
 * subjects repeat from a pool of 1000, as real traffic does. Not a test: run it with
 * <pre>
 *   ./mvnw -q -pl step08-broker-internals -Pbench,solutions test-compile exec:exec@jmh
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SubjectIndexBenchmark {

    private static final String[] REGIONS = {"eu", "us", "ap", "sa", "af"};
    private static final String[] KINDS = {"orders", "invoices", "shipments", "payments"};
    private static final Subscriber NOBODY = new Subscriber() {
        @Override
        public long clientId() {
            return 0;
        }

        @Override
        public boolean send(byte[] head, byte[] payload, int offset, int length) {
            return true;
        }

        @Override
        public void expired(Subscription subscription) {}
    };

    @Param({"100", "10000"})
    public int subscriptions;

    private SubjectIndex linear;
    private SubjectIndex trie;
    private SubjectIndex cached;
    private String[] subjects;
    private int next;

    @Setup(Level.Trial)
    public void fill() {
        Random random = new Random(42);
        linear = new LinearIndex();
        trie = new Sublist();
        cached = new CachingIndex(new Sublist());
        for (int i = 0; i < subscriptions; i++) {
            String kind = KINDS[random.nextInt(KINDS.length)];
            String filter = switch (random.nextInt(10)) {
                case 0 -> kind + ".*." + random.nextInt(subscriptions);
                case 1 -> kind + "." + REGIONS[random.nextInt(REGIONS.length)] + ".>";
                default -> kind + "." + REGIONS[random.nextInt(REGIONS.length)] + "." + random.nextInt(subscriptions);
            };
            Subscription subscription = new Subscription(NOBODY, filter, Optional.empty(), Integer.toString(i));
            linear.insert(subscription);
            trie.insert(subscription);
            cached.insert(subscription);
        }
        subjects = new String[1000];
        for (int i = 0; i < subjects.length; i++) {
            subjects[i] = KINDS[random.nextInt(KINDS.length)] + "." + REGIONS[random.nextInt(REGIONS.length)] + "."
                    + random.nextInt(subscriptions);
        }
    }

    private String nextSubject() {
        next = (next + 1) % subjects.length;
        return subjects[next];
    }

    @Benchmark
    public MatchResult linearScan() {
        return linear.match(nextSubject());
    }

    @Benchmark
    public MatchResult sublist() {
        return trie.match(nextSubject());
    }

    @Benchmark
    public MatchResult sublistWithCache() {
        return cached.match(nextSubject());
    }
}
