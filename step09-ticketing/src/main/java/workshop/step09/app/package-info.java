/**
 * The whole app: {@link workshop.step09.app.TicketingApp} runs the four services side by side, each
 * on its own connection with its own health endpoint, for a demo ({@code exec:java@app}) and for the
 * end-to-end tests.
 *
 * <p>Exercises: 9.15 Start the whole app ({@link workshop.step09.app.TicketingApp}).
 *
 * <p>Depends on every service package and {@code runtime}; nothing depends on it.
 */
package workshop.step09.app;
