/**
 * Given code that several steps stand on, kept once instead of copied into each: what an earlier
 * step's exercises build, handed to later steps solved. Today that is {@link Subjects}, the subject
 * rules step 1 builds, which steps 2 to 6 and step 8's broker use.
 *
 * <p>Not an exercise: it is the same in both modes. Depends on the JDK alone, and no step's code
 * depends on another step's module: a step that needs this depends on {@code workshop-given}.
 */
package workshop.given;
