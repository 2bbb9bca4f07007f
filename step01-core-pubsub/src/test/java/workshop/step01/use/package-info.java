/**
 * The tests of step 1's Use track, one class per exercise. They are the same for your code and for
 * the solution, and each test's name starts with its exercise's id: {@code ./workshop test 1.6} or
 * {@code ./workshop watch} runs them and says which exercise is red and why. Each class gets a
 * fresh nats-server from the test kit ({@code @NatsServerTest}).
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>1.6 Connect with a name and listeners: {@link ConnectingTest}</li>
 *   <li>1.7 Subscribe with a dispatcher: {@link AsyncSubscriberTest}</li>
 *   <li>1.8 Pull messages with a synchronous subscription: {@link SyncSubscriberTest}</li>
 *   <li>1.9 Carry headers: {@link MessageHeadersTest}</li>
 *   <li>1.10 Drain before you leave: {@link GracefulShutdownTest}</li>
 *   <li>1.11 Don't hear yourself: no-echo: {@link NoEchoTest}</li>
 * </ul>
 */
package workshop.step01.use;
