/**
 * Use track of step 2: queue groups with jnats. Workers that share the jobs of one subject, an
 * audit log that hears every job beside them, and a worker that leaves without losing one.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>2.4 Start a worker in a queue group: {@link Worker}</li>
 *   <li>2.5 Audit every job: {@link AuditLog}</li>
 *   <li>2.6 Drain one worker: {@link GracefulStop}</li>
 * </ul>
 *
 * <p>Depends on jnats and the JDK; never on the Build track: each track stands alone.
 */
package workshop.step02.use;
