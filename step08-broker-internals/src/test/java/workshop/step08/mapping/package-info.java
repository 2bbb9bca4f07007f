/**
 * The tests of subject mappings.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>8.10 Map subjects to deterministic partitions: {@link workshop.step08.mapping.SubjectMappingTest}</li>
 * </ul>
 */
package workshop.step08.mapping;
