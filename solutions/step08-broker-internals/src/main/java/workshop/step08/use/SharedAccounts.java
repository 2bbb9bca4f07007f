package workshop.step08.use;

/**
 * Accounts: separate subject spaces on one nats-server, and what one account shares with another.
 * A client belongs to the account of the user it logs in as; it sees only its account's messages,
 * unless the other account exports a service (requests come in) or a stream (messages go out) and
 * this account imports it.
 */
public final class SharedAccounts {

    private SharedAccounts() {}

    /**
     * The {@code accounts} block for two teams, each user with {@code password}:
     * <ul>
     *   <li>{@code ORDERS}, user {@code orders}: answers {@code orders.status} requests and publishes
     *       its events on {@code orders.events.>}; it shares both, and nothing else;
     *   <li>{@code BILLING}, user {@code billing}: asks ORDERS' status service under its own name
     *       {@code billing.order-status}, and receives ORDERS' events under the prefix
     *       {@code from-orders} ({@code from-orders.orders.events.…}).
     * </ul>
     */
    public static String accounts(String password) {
        // EXERCISE 8.19 BEGIN: Write the two accounts with their users; ORDERS exports the service and the stream,
        // BILLING imports them under its own names.
        return """
                accounts {
                  ORDERS {
                    users: [ { user: "orders", password: "%1$s" } ]
                    exports: [
                      { service: "orders.status" }
                      { stream: "orders.events.>" }
                    ]
                  }
                  BILLING {
                    users: [ { user: "billing", password: "%1$s" } ]
                    imports: [
                      { service: { account: ORDERS, subject: "orders.status" }, to: "billing.order-status" }
                      { stream: { account: ORDERS, subject: "orders.events.>" }, prefix: "from-orders" }
                    ]
                  }
                }
                """.formatted(password);
        // EXERCISE 8.19 END
    }
}
