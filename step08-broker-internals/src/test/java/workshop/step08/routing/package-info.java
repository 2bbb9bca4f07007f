/**
 * The tests of the routing layer: the subject trie and its cache.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>8.3 Route through a subject trie: {@link workshop.step08.routing.SublistTest}</li>
 *   <li>8.4 Cache match results: {@link workshop.step08.routing.CachingIndexTest}</li>
 * </ul>
 * {@code TestSubscriber} is the subscription owner both use.
 */
package workshop.step08.routing;
