/**
 * Build track of step 6: a key/value bucket built on the given in-memory stream, as NATS builds
 * one: keys are subjects, writes are messages, revisions are sequences. And the chunking and digest
 * of the object store.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>6.1 Put and get on a stream: {@link KeyValue}</li>
 *   <li>6.2 Create and update with an expected revision: {@link KeyValue}</li>
 *   <li>6.3 Delete, purge, history and keys: {@link KeyValue}</li>
 *   <li>6.4 Watch a bucket: {@link KeyValue}</li>
 *   <li>6.5 Chunk an object and digest it: {@link ObjectChunker}</li>
 * </ul>
 *
 * <p>Depends on the JDK, this step's {@code given} package and {@code workshop.given}; never on
 * jnats, a server or the Use track.
 */
package workshop.step06.build;
