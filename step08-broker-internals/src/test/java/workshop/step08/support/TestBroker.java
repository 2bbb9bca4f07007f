package workshop.step08.support;

import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import workshop.step08.server.BrokerOptions;
import workshop.step08.server.NatsBroker;
import workshop.testkit.Exercise;

/**
 * The learner's broker, started on a free port for one test, with jnats connections to it. Every
 * failure it reports names the exercise under test and lists what went wrong inside the broker
 * (an unsolved exercise shows up there), so a red test says where to look.
 *
 * <p>A class whose every test wants one registers it, started before each test and closed after:
 * {@code @RegisterExtension final TestBroker broker = TestBroker.forEachTest(EXERCISE);}. A test that
 * wants other options starts its own: {@code try (TestBroker broker = TestBroker.start(EXERCISE, options))}.
 */
public final class TestBroker implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    private final Exercise exercise;
    private final BrokerOptions options;
    private NatsBroker broker;

    private TestBroker(Exercise exercise, BrokerOptions options) {
        this.exercise = exercise;
        this.options = options;
    }

    /** A broker with these options, started now. */
    public static TestBroker start(Exercise exercise) {
        return start(exercise, BrokerOptions.defaults());
    }

    /** A broker with these options, started now. */
    public static TestBroker start(Exercise exercise, BrokerOptions options) {
        TestBroker testBroker = new TestBroker(exercise, options);
        testBroker.startBroker();
        return testBroker;
    }

    /** A broker that JUnit starts before each test and closes after it (register it with {@code @RegisterExtension}). */
    public static TestBroker forEachTest(Exercise exercise) {
        return forEachTest(exercise, BrokerOptions.defaults());
    }

    /** The same, with these options. */
    public static TestBroker forEachTest(Exercise exercise, BrokerOptions options) {
        return new TestBroker(exercise, options);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        startBroker();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    private void startBroker() {
        try {
            broker = NatsBroker.start(options.withPort(0));
        } catch (IOException e) {
            throw new AssertionError(exercise.says("the broker could not start: " + e), e);
        }
    }

    public NatsBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("TestBroker.forEachTest starts the broker before each test: register it"
                    + " with @RegisterExtension on an instance field");
        }
        return broker;
    }

    public int port() {
        return broker().port();
    }

    public String url() {
        return broker().url();
    }

    /** A jnats connection with short timeouts and no reconnects (a test wants to see failures at once). */
    public Connection connect() {
        return connect(new Options.Builder());
    }

    public Connection connect(Options.Builder options) {
        return connect(options, Duration.ofSeconds(3));
    }

    /** A jnats connection that gives up after {@code connectTimeout} (a test expecting a refusal need not wait long). */
    public Connection connect(Options.Builder options, Duration connectTimeout) {
        try {
            return Nats.connect(options.server(url())
                    .connectionTimeout(connectTimeout)
                    .maxReconnects(0)
                    .errorListener(new QuietErrorListener())
                    .build());
        } catch (IOException | RuntimeException e) {
            throw new AssertionError(describe("jnats could not connect to the broker at " + url() + ": " + e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(describe("interrupted while connecting"), e);
        }
    }

    /** A raw TCP client, to see the protocol byte by byte. */
    public RawClient raw() {
        return RawClient.connect(exercise, port(), this::brokerFailures);
    }

    /** A raw TCP client with a tiny receive buffer that never reads unless told: a slow consumer. */
    public RawClient rawWithReceiveBuffer(int bytes) {
        return RawClient.connect(exercise, port(), this::brokerFailures, bytes);
    }

    /** {@code Exercise n.m: what (see …/README.md#…)}, plus what failed inside the broker, if anything. */
    public String describe(String what) {
        return exercise.says(what) + brokerFailures();
    }

    /** The exceptions that escaped the broker's connection code, as text ("" when none). */
    public String brokerFailures() {
        if (broker().failures().isEmpty()) {
            return "";
        }
        return System.lineSeparator() + "  Inside the broker: "
                + broker().failures().stream()
                        .map(Throwable::toString)
                        .distinct()
                        .limit(3)
                        .collect(Collectors.joining(System.lineSeparator() + "    "));
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
    }
}
