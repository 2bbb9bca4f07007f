package workshop.step08.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The subject trie ("sublist"): one level per token. A node's children are its literal tokens, plus
 * at most one {@code *} child and one {@code >} child, so matching {@code a.b.c} visits only the
 * branches that can match instead of every subscription:
 *
 * <pre>
 *   root ── "orders" ── "eu" ──▶ [sub: orders.eu]
 *                  ├── "*"  ──▶ [sub: orders.*]
 *                  └── ">"  ──▶ [sub: orders.>]
 * </pre>
 *
 * A subscription lives in the node of its filter's last token. Many readers match at once; an
 * insert or remove waits for them (a read-write lock). Empty branches are pruned on remove, so
 * the trie does not grow with subscription churn.
 */
public final class Sublist implements SubjectIndex {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Node root = new Node();
    private int count;

    /** One level of the trie, reached by one token. */
    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        Node anyOne; // the "*" child
        Node anyRest; // the ">" child
        final List<Subscription> subscriptions = new ArrayList<>();

        Node child(String token) {
            return switch (token) {
                case "*" -> anyOne;
                case ">" -> anyRest;
                default -> literals.get(token);
            };
        }

        Node childOrNew(String token) {
            return switch (token) {
                case "*" -> anyOne == null ? (anyOne = new Node()) : anyOne;
                case ">" -> anyRest == null ? (anyRest = new Node()) : anyRest;
                default -> literals.computeIfAbsent(token, t -> new Node());
            };
        }

        void removeChild(String token) {
            switch (token) {
                case "*" -> anyOne = null;
                case ">" -> anyRest = null;
                default -> literals.remove(token);
            }
        }

        boolean isEmpty() {
            return subscriptions.isEmpty() && literals.isEmpty() && anyOne == null && anyRest == null;
        }
    }

    @Override
    public void insert(Subscription subscription) {
        lock.writeLock().lock();
        try {
            // TODO Exercise 8.3: Walk (and create) one node per token of the filter; keep the subscription in the last
            // node.
            throw new UnsupportedOperationException("Exercise 8.3 is not solved yet: Route through a subject trie. Read step08-broker-internals/README.md#83-route-through-a-subject-trie");
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean remove(Subscription subscription) {
        lock.writeLock().lock();
        try {
            // TODO Exercise 8.3: Find the filter's node, remove the subscription, and prune the nodes left empty.
            throw new UnsupportedOperationException("Exercise 8.3 is not solved yet: Route through a subject trie. Read step08-broker-internals/README.md#83-route-through-a-subject-trie");
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public MatchResult match(String subject) {
        lock.readLock().lock();
        try {
            // TODO Exercise 8.3: Follow the literal, '*' and '>' branches that can match the subject's tokens; collect
            // their subscriptions.
            throw new UnsupportedOperationException("Exercise 8.3 is not solved yet: Route through a subject trie. Read step08-broker-internals/README.md#83-route-through-a-subject-trie");
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds every subscription reachable from {@code node} for {@code tokens[index..]}. */
    private static void collect(Node node, String[] tokens, int index, MatchResult.Builder result) {
        // TODO Exercise 8.3: Take the '>' child's subscriptions; follow the literal and '*' children one token
        // further, collecting at the last token.
        throw new UnsupportedOperationException("Exercise 8.3 is not solved yet: Route through a subject trie. Read step08-broker-internals/README.md#83-route-through-a-subject-trie");
    }

    /** How many nodes the trie has below its root: 0 once every subscription is removed (nothing leaks). */
    public int nodeCount() {
        lock.readLock().lock();
        try {
            return countBelow(root);
        } finally {
            lock.readLock().unlock();
        }
    }

    private static int countBelow(Node node) {
        int nodes = 0;
        for (Node child : node.literals.values()) {
            nodes += 1 + countBelow(child);
        }
        if (node.anyOne != null) {
            nodes += 1 + countBelow(node.anyOne);
        }
        if (node.anyRest != null) {
            nodes += 1 + countBelow(node.anyRest);
        }
        return nodes;
    }

    @Override
    public int count() {
        lock.readLock().lock();
        try {
            return count;
        } finally {
            lock.readLock().unlock();
        }
    }
}
