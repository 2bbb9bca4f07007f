package workshop.step07.given;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ids of the orders whose effect has been applied: think of a database table with the order id
 * as its unique key. It outlives any one consumer process, as a database does, and
 * {@link #markIfNew} is atomic, as an insert into a unique key is.
 *
 * <p>In a real service, recording an order and applying its effect happen in one transaction
 * where they can. Where they cannot (the effect is in another system), apply first and record
 * after: a crash in between applies it twice (so make the effect idempotent too), never zero times.
 */
public final class ProcessedOrders {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    /** Records the id; true when it was not recorded before, false when it was. */
    public boolean markIfNew(String orderId) {
        return ids.add(orderId);
    }

    /** Whether the order's effect has been recorded as applied. */
    public boolean contains(String orderId) {
        return ids.contains(orderId);
    }

    public int size() {
        return ids.size();
    }
}
