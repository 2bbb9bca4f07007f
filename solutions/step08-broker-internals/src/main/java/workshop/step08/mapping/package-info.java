/**
 * Subject mappings, as in nats-server's {@code mappings} block: a published subject that matches a
 * mapping's source is rewritten before it is routed, with {@code {{wildcard(n)}}} and
 * {@code {{partition(n,i,…)}}} (FNV-1a, the same partitions as nats-server).
 * {@link workshop.step08.mapping.SubjectMappings} tries the broker's mappings in order.
 *
 * <p>Exercise: 8.10 (SubjectMapping).
 *
 * <p>Depends only on {@code workshop.given} (the subject rules): a mapping is a function from
 * subject to subject and knows nothing of the broker that applies it.
 */
package workshop.step08.mapping;
