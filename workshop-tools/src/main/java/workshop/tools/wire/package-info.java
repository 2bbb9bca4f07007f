/**
 * The wire spy: {@link WireSpy} sits between clients and a server and shows every frame of the NATS
 * protocol as one line of plain ASCII ({@link FrameParser} reads frames, {@link FrameDescriber}
 * says what each means, JetStream's API included). {@code ./workshop spy} prints them live; the test
 * kit records a test's frames with {@link WireFiles} for {@code ./workshop test --wire}.
 *
 * <p>Depends on the JDK alone, like the rest of the tools.
 */
package workshop.tools.wire;
