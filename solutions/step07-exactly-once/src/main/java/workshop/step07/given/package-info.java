/**
 * Given code of step 7, ready-made: the order pipeline's parts that are not the lesson
 * ({@link Order}, {@link OrderWorker}, {@link ProcessedOrders}, {@link StoredOrders}), the judge
 * that tells lost from duplicated orders ({@link DeliveryChecker}, {@link DeliveryReport}), and
 * what the tests use to inject faults and move time ({@link ConsumerCrash}, {@link ManualClock}).
 * Not an exercise: read it, don't change it.
 *
 * <p>Depends on jnats and the JDK; never on the tracks.
 */
package workshop.step07.given;
