package workshop.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives a test class its own nats-server (started before the first test, stopped after the last)
 * and lets its test methods ask for what they need as parameters:
 * <ul>
 *   <li>{@link io.nats.client.Connection}: a new connection for this test method, closed after it;</li>
 *   <li>{@link io.nats.client.JetStream} and {@link io.nats.client.JetStreamManagement}: on that connection;</li>
 *   <li>{@link NatsServer}: the server itself, for its URL, more connections, or a restart;</li>
 *   <li>{@link java.util.Random}: seeded from the test's name, so every run sees the same values;</li>
 *   <li>{@link TestResources}: names for the streams, buckets and object stores this test makes,
 *       deleted when it ends.</li>
 * </ul>
 * A test whose exercise needs a newer server ({@code "needsServer"} in {@code exercises.json}, or
 * {@link NeedsNatsServer}) is skipped on an older one, with a line saying so.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({
    NatsServerExtension.class,
    ServerVersionCondition.class,
    SeededRandomResolver.class,
    TestResourcesExtension.class
})
public @interface NatsServerTest {}
