/**
 * The tests of the protocol layer: reading control lines and parsing the wire one byte at a time.
 * Each test's name starts with its exercise's id, so {@code ./workshop test 8.2} runs them.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>8.1 Read a control line's arguments: {@link workshop.step08.protocol.ControlLineTest}</li>
 *   <li>8.2 Parse the protocol one byte at a time: {@link workshop.step08.protocol.ProtocolParserTest}</li>
 * </ul>
 * {@code RecordingHandler} records what the parser hands on; {@code Violations} asserts that bad input
 * is refused and says what happened instead.
 */
package workshop.step08.protocol;
