/**
 * Build track of step 4: an in-memory stream that works as a JetStream stream does. It numbers and
 * time-stamps messages, takes only the subjects it captures, keeps to its limits by dropping old
 * messages, and finds the latest message per subject.
 *
 * <p>Its exercises (see the step's README):
 * <ul>
 *   <li>4.1 Number and time-stamp messages: {@link MessageLog}</li>
 *   <li>4.2 Accept or reject a message: {@link Admission}</li>
 *   <li>4.3 Enforce limits by dropping old messages: {@link Retention}</li>
 *   <li>4.4 Find the latest per subject: {@link LastPerSubject}</li>
 *   <li>4.5 Put the stream together: {@link MemoryStream}</li>
 * </ul>
 *
 * <p>Depends on the JDK and {@code workshop.given} (the subject rules); never on jnats, a server or
 * the Use track.
 */
package workshop.step04.build;
