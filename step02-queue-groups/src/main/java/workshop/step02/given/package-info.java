/**
 * Given code of step 2, ready-made: the in-process broker as step 1 left it ({@link Broker},
 * {@link Message}, {@link Subscription}), for the Build track to extend. Not an exercise: read it,
 * don't change it.
 *
 * <p>Depends on the JDK and {@code workshop.given} (the subject rules); never on the tracks.
 */
package workshop.step02.given;
