package workshop.step09.monitor;

import java.util.List;
import workshop.step09.bus.TicketingService;

/** A service that keeps the dead letters of every service on the bus, for an operator to look at. */
public interface DeadLetters extends TicketingService {

    /** Every dead letter received since {@link #start()}, oldest first. Thread-safe. */
    List<DeadLetter> deadLetters();
}
