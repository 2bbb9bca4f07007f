/**
 * The tickets service: it owns the tickets. It makes and changes them on request, and reserves and
 * releases them as orders are made and cancelled; every change is a new version, announced as an
 * event, so the other services keep their copies up to date.
 *
 * <p>Exercises: 9.6 The tickets service ({@link workshop.step09.tickets.TicketsService}).
 *
 * <p>Depends on {@code bus} and {@code events}: it knows the other services only by their events.
 */
package workshop.step09.tickets;
