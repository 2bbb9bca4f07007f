/**
 * Given code of step 6, ready-made: the part of step 4's in-memory stream a key/value store needs
 * ({@link MemoryStream}, {@link StoredMessage}, {@link WrongLastSequenceException}). Not an
 * exercise: read it, don't change it.
 *
 * <p>Depends on the JDK and {@code workshop.given} (the subject rules); never on the tracks.
 */
package workshop.step06.given;
