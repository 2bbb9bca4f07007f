/**
 * Given code of step 5, ready-made: step 4's in-memory stream cut down to what a consumer needs
 * ({@link MemoryStream}, {@link StoredMessage}). Not an exercise: read it, don't change it.
 *
 * <p>Depends on the JDK and {@code workshop.given} (the subject rules); never on the tracks.
 */
package workshop.step05.given;
