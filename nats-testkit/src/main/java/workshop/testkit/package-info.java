/**
 * The test kit every step's tests share. {@link NatsServerTest} on a test class starts a real
 * nats-server for it (found as {@link ServerSourceChooser} says: {@code NATS_URL}, then
 * {@code NATS_SERVER_PATH}, then the PATH, then Docker) and hands its tests what they ask for as
 * parameters: a {@code Connection}, {@code JetStream}, the {@link NatsServer}, a seeded
 * {@code Random}, {@link TestResources} that names and deletes what a test creates. It skips a test
 * that needs a newer server ({@link NeedsNatsServer}), records the protocol frames a test sent
 * ({@link WireRecorder}), and gives each test's failure message its exercise ({@link Exercise}).
 *
 * <p>Not an exercise: it is the same in both modes. Depends on jnats, JUnit, Testcontainers (for
 * Docker) and the workshop's tools ({@code workshop.tools}: exercises.json and the wire spy), never
 * on a step.
 */
package workshop.testkit;
