/**
 * The tests of step 6's Use track, one class per exercise. They are the same for your code and for
 * the solution, and each test's name starts with its exercise's id: {@code ./workshop test 6.6} or
 * {@code ./workshop watch} runs them and says which exercise is red and why. Each class gets a
 * fresh nats-server from the test kit ({@code @NatsServerTest}).
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>6.6 Create a bucket: {@link KvBucketsTest}</li>
 *   <li>6.7 Write only if nobody else did: {@link ConditionalWritesTest}</li>
 *   <li>6.8 Read a key's history: {@link KeyHistoryTest}</li>
 *   <li>6.9 Mirror a bucket with a watch: {@link BucketMirrorTest}</li>
 *   <li>6.10 A lock with create and a TTL: {@link KvLockTest}</li>
 *   <li>6.11 Count under contention: {@link KvCounterTest}</li>
 *   <li>6.12 Store and fetch a large object: {@link ObjectFilesTest}</li>
 *   <li>6.13 List, watch and delete objects: {@link ObjectCatalogTest}</li>
 * </ul>
 */
package workshop.step06.use;
