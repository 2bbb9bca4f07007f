package workshop.step09.bus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import workshop.step09.events.EventType;
import workshop.step09.events.TicketCreated;

/** A listener of ticket-created events that answers as its test says, and remembers what it was asked. */
final class ScriptedListener extends Listener<TicketCreated> {

    /** What onEvent does: a verdict, or an exception for a failure. */
    @FunctionalInterface
    interface Script {
        Verdict answer(TicketCreated event) throws Exception;
    }

    /** Every event onEvent was called with, in order, from any thread. */
    final List<TicketCreated> asked = new CopyOnWriteArrayList<>();
    /** When each call came, System.nanoTime(). */
    final List<Long> askedAt = new CopyOnWriteArrayList<>();

    private final Script script;

    ScriptedListener(ServiceContext service, ListenerSettings settings, Script script) {
        super(service, EventType.TICKET_CREATED, settings);
        this.script = script;
    }

    @Override
    protected Verdict onEvent(TicketCreated event) throws Exception {
        asked.add(event);
        askedAt.add(System.nanoTime());
        return script.answer(event);
    }
}
