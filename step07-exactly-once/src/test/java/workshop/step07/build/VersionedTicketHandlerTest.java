package workshop.step07.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 7.2: versioned events, applied once each and in order, whatever order they arrive in. */
@ExtendWith(SeededRandomResolver.class)
class VersionedTicketHandlerTest {

    private static final Exercise EXERCISE = Exercise.of("7.2");
    private final VersionedTicketHandler handler = new VersionedTicketHandler();

    @Test
    @DisplayName("7.2 the next version is applied; a repeat is ignored but acknowledged")
    void appliesNextIgnoresRepeat(Random random) {
        int price = 10 + random.nextInt(90);
        TicketEvent created = new TicketEvent("t-1", 1, "Concert", price);
        TicketEvent repriced = new TicketEvent("t-1", 2, "Concert", price + 5);

        Outcome first = handler.handle(created);
        Outcome second = handler.handle(repriced);
        Outcome repeat = handler.handle(created);

        assertThat(first)
                .as(EXERCISE.says("version 1 of an unknown ticket creates it"))
                .isEqualTo(Outcome.APPLIED);
        assertThat(second)
                .as(EXERCISE.says("version 2 after version 1 is applied"))
                .isEqualTo(Outcome.APPLIED);
        assertThat(repeat)
                .as(EXERCISE.says("version 1 again is a repeat: ignore it, but ack it"))
                .isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(handler.ticket("t-1"))
                .as(EXERCISE.says("the ticket shows version 2's price, not the repeat's"))
                .hasValue(new Ticket("t-1", "Concert", price + 5, 2));
        assertThat(handler.appliedCount())
                .as(EXERCISE.says("two events were applied"))
                .isEqualTo(2);
    }

    @Test
    @DisplayName("7.2 an event after a gap is not applied and not acknowledged, so it comes back later")
    void earlyEventWaits(Random random) {
        handler.handle(new TicketEvent("t-7", 1, "Play", 20));
        long gap = 3 + random.nextInt(5);

        Outcome early = handler.handle(new TicketEvent("t-7", gap, "Play", 99));

        assertThat(early)
                .as(EXERCISE.says("version %d while the ticket is at version 1 is too early", gap))
                .isEqualTo(Outcome.TOO_EARLY);
        assertThat(early.acknowledge())
                .as(EXERCISE.says("a too-early event is not acknowledged"))
                .isFalse();
        assertThat(handler.ticket("t-7"))
                .as(EXERCISE.says("the ticket is still at version 1 (version 1 of an unknown ticket creates it)"))
                .hasValue(new Ticket("t-7", "Play", 20, 1));
        assertThat(handler.handle(new TicketEvent("t-8", 2, "Opera", 30)))
                .as(EXERCISE.says("version 2 of a ticket nobody created yet is too early too"))
                .isEqualTo(Outcome.TOO_EARLY);
    }

    @Test
    @DisplayName(
            "7.2 shuffled and duplicated events, redelivered until acknowledged, end in the right state, each applied once")
    void redeliveryConverges(Random random) {
        int ticketCount = 3 + random.nextInt(4);
        int versions = 4 + random.nextInt(6);
        List<TicketEvent> arrivals = new ArrayList<>();
        for (int t = 0; t < ticketCount; t++) {
            for (int v = 1; v <= versions; v++) {
                TicketEvent event = new TicketEvent("t-" + t, v, "Show " + t, 10 * v + t);
                arrivals.add(event);
                if (random.nextInt(4) == 0) {
                    arrivals.add(event); // a duplicate, as a lost ack produces
                }
            }
        }
        Collections.shuffle(arrivals, random);
        Deque<TicketEvent> server = new ArrayDeque<>(arrivals); // a server redelivers what was not acked

        int deliveries = 0;
        while (!server.isEmpty() && deliveries < 10_000) {
            TicketEvent event = server.removeFirst();
            deliveries++;
            if (!handler.handle(event).acknowledge()) {
                server.addLast(event);
            }
        }

        assertThat(server)
                .as(EXERCISE.says(
                        "every event is eventually acknowledged (%d deliveries): a repeat is acknowledged too, or it"
                                + " comes back forever",
                        deliveries))
                .isEmpty();
        assertThat(handler.appliedCount())
                .as(EXERCISE.says("each of the %d distinct events is applied exactly once", ticketCount * versions))
                .isEqualTo(ticketCount * versions);
        for (int t = 0; t < ticketCount; t++) {
            assertThat(handler.ticket("t-" + t))
                    .as(EXERCISE.says("ticket t-%d ends at its last version", t))
                    .hasValue(new Ticket("t-" + t, "Show " + t, 10 * versions + t, versions));
        }
    }
}
