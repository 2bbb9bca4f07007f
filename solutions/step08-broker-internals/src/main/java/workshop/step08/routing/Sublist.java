package workshop.step08.routing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import workshop.given.Subjects;

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
            // EXERCISE 8.3 BEGIN: Walk (and create) one node per token of the filter; keep the subscription in the last
            // node.
            Node node = root;
            for (String token : Subjects.tokens(subscription.filter())) {
                node = node.childOrNew(token);
            }
            node.subscriptions.add(subscription);
            count++;
            // EXERCISE 8.3 END
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean remove(Subscription subscription) {
        lock.writeLock().lock();
        try {
            // EXERCISE 8.3 BEGIN: Find the filter's node, remove the subscription, and prune the nodes left empty.
            String[] tokens = Subjects.tokens(subscription.filter());
            Node[] path = new Node[tokens.length + 1];
            path[0] = root;
            for (int i = 0; i < tokens.length; i++) {
                path[i + 1] = path[i].child(tokens[i]);
                if (path[i + 1] == null) {
                    return false;
                }
            }
            if (!path[tokens.length].subscriptions.remove(subscription)) {
                return false;
            }
            count--;
            for (int i = tokens.length; i > 0 && path[i].isEmpty(); i--) {
                path[i - 1].removeChild(tokens[i - 1]);
            }
            return true;
            // EXERCISE 8.3 END
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public MatchResult match(String subject) {
        lock.readLock().lock();
        try {
            // EXERCISE 8.3 BEGIN: Follow the literal, '*' and '>' branches that can match the subject's tokens; collect
            // their subscriptions.
            MatchResult.Builder result = new MatchResult.Builder();
            collect(root, Subjects.tokens(subject), 0, result);
            return result.build();
            // EXERCISE 8.3 END
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds every subscription reachable from {@code node} for {@code tokens[index..]}. */
    private static void collect(Node node, String[] tokens, int index, MatchResult.Builder result) {
        // EXERCISE 8.3 BEGIN: Take the '>' child's subscriptions; follow the literal and '*' children one token
        // further, collecting at the last token.
        if (node.anyRest != null) {
            result.addAll(node.anyRest.subscriptions); // '>' needs at least one token, and one is left here
        }
        if (index == tokens.length - 1) {
            Node literal = node.literals.get(tokens[index]);
            if (literal != null) {
                result.addAll(literal.subscriptions);
            }
            if (node.anyOne != null) {
                result.addAll(node.anyOne.subscriptions);
            }
            return;
        }
        Node literal = node.literals.get(tokens[index]);
        if (literal != null) {
            collect(literal, tokens, index + 1, result);
        }
        if (node.anyOne != null) {
            collect(node.anyOne, tokens, index + 1, result);
        }
        // EXERCISE 8.3 END
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
