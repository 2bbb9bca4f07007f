/**
 * Given code of step 3, ready-made: the in-process broker as steps 1 and 2 left it, with headers
 * and status messages ({@link Broker}, {@link Message}, {@link Subscription},
 * {@link NoRespondersException}), for the Build track to extend. Not an exercise: read it, don't
 * change it.
 *
 * <p>Depends on the JDK and {@code workshop.given} (the subject rules); never on the tracks.
 */
package workshop.step03.given;
