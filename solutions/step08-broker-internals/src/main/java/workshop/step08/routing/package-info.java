/**
 * Who gets a message: a {@link workshop.step08.routing.SubjectIndex} holds every
 * {@link workshop.step08.routing.Subscription} and answers, for a published subject, with a
 * {@link workshop.step08.routing.MatchResult} (the plain subscriptions and the queue groups). The
 * {@link workshop.step08.routing.Sublist} is nats-server's subject trie; the
 * {@link workshop.step08.routing.CachingIndex} remembers results for subjects that repeat;
 * {@link workshop.step08.routing.LinearIndex} is the obvious list scan the benchmark compares them with.
 * A subscription's owner is a {@link workshop.step08.routing.Subscriber}: anything that can be sent a message.
 *
 * <p>Exercises: 8.3 (Sublist) and 8.4 (CachingIndex).
 *
 * <p>Depends only on {@code workshop.given} (the subject rules of step 1): not on the protocol,
 * not on the server, so it is tested without any network.
 */
package workshop.step08.routing;
