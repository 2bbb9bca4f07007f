/**
 * The orders service: a buyer's order holds a ticket until it is paid or expires. Each replica keeps
 * its own copy of the tickets and of the orders, built from the events on a consumer of its own (so
 * every replica gets every event), applying each ticket's and order's versions in order; the
 * decisions (cancel an expired order) are taken once, on the consumer the replicas share.
 *
 * <p>Exercises:
 * <ul>
 *   <li>9.7 Keep a copy of the tickets: {@link workshop.step09.orders.OrdersService}</li>
 *   <li>9.8 The orders service: {@link workshop.step09.orders.OrdersService}</li>
 * </ul>
 *
 * <p>Depends on {@code bus} and {@code events}: it knows the tickets only by their events.
 */
package workshop.step09.orders;
