package workshop.step07.given;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of the orders whose effect has been applied: think of a database table with the order id
 * as its unique key. It outlives any one consumer process, as a database does, and
 * {@link #markIfNew} is atomic, as an insert into a unique key is.
 *
 * <p>In a real service, marking an order and applying its effect happen in one transaction; the
 * workshop's effects are in memory, so the order "mark, then apply" stands in for that.
 */
public final class ProcessedOrders {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    /** Records the id; true when it was not recorded before (apply the effect), false when it was (skip it). */
    public boolean markIfNew(String orderId) {
        return ids.add(orderId);
    }

    public boolean contains(String orderId) {
        return ids.contains(orderId);
    }

    public int size() {
        return ids.size();
    }
}
