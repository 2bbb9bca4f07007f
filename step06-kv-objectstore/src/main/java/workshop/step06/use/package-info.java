/**
 * Use track of step 6: key/value buckets and the object store with jnats. Buckets, writes that
 * check the revision, a key's history, watches, a lock and a counter, large objects and their
 * catalog.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>6.6 Create a bucket: {@link KvBuckets}</li>
 *   <li>6.7 Write only if nobody else did: {@link ConditionalWrites}</li>
 *   <li>6.8 Read a key's history: {@link KeyHistory}</li>
 *   <li>6.9 Mirror a bucket with a watch: {@link BucketMirror}</li>
 *   <li>6.10 A lock with create and a TTL: {@link KvLock}</li>
 *   <li>6.11 Count under contention: {@link KvCounter}</li>
 *   <li>6.12 Store and fetch a large object: {@link ObjectFiles}</li>
 *   <li>6.13 List, watch and delete objects: {@link ObjectCatalog}</li>
 * </ul>
 *
 * <p>Depends on jnats and the JDK; never on the Build track: each track stands alone.
 */
package workshop.step06.use;
