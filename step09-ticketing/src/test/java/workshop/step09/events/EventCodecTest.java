package workshop.step09.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 9.1: events as JSON that every service, in any language, reads. */
@ExtendWith(SeededRandomResolver.class)
class EventCodecTest {

    private static final Exercise EXERCISE = Exercise.of("9.1");

    @Test
    @DisplayName("9.1 every kind of event comes back equal after encode and decode")
    void roundTrip(Random random) {
        EventCodec codec = new EventCodec();
        String ticket = "t" + random.nextInt(10_000);
        String order = "o" + random.nextInt(10_000);
        Instant expiresAt =
                Instant.ofEpochSecond(1_800_000_000L + random.nextInt(100_000), random.nextInt(1000) * 1_000_000);
        roundTrip(
                codec,
                EventType.TICKET_CREATED,
                new TicketCreated(ticket, "Concert", 2500 + random.nextInt(100), "seller-1", 0));
        roundTrip(codec, EventType.TICKET_UPDATED, new TicketUpdated(ticket, "Concert", 3000, "seller-1", order, 2));
        roundTrip(codec, EventType.TICKET_UPDATED, new TicketUpdated(ticket, "Concert", 3000, "seller-1", null, 3));
        roundTrip(codec, EventType.ORDER_CREATED, new OrderCreated(order, ticket, "buyer-7", 3000, expiresAt, 0));
        roundTrip(codec, EventType.ORDER_CANCELLED, new OrderCancelled(order, ticket, 1));
        roundTrip(codec, EventType.EXPIRATION_COMPLETE, new ExpirationComplete(order));
        roundTrip(codec, EventType.PAYMENT_CREATED, new PaymentCreated("p" + random.nextInt(1000), order));
    }

    private static <E extends TicketingEvent> void roundTrip(EventCodec codec, EventType<E> type, E event) {
        byte[] json = codec.encode(event);
        var decoded = new java.util.concurrent.atomic.AtomicReference<E>();
        Throwable failure = catchThrowable(() -> decoded.set(codec.decode(json, type)));
        assertThat(failure)
                .as(EXERCISE.says(
                        "%s is decoded from its own JSON %s, as the record its EventType names; it failed: %s",
                        event, text(json), failure))
                .isNull();
        assertThat(decoded.get())
                .as(EXERCISE.says("%s decoded from its own JSON %s is the same event", event, text(json)))
                .isEqualTo(event);
    }

    @Test
    @DisplayName("9.1 the JSON is one object with the record's field names, and an instant as ISO-8601 text")
    void readableByAnyone() {
        var event = new OrderCreated("o1", "t1", "buyer-7", 3000, Instant.parse("2027-01-15T10:30:00Z"), 0);
        String json = text(new EventCodec().encode(event));
        assertThat(json.replace(" ", ""))
                .as(EXERCISE.says(
                        "a service written in Go or TypeScript reads the fields by name, and the time as text; got %s",
                        json))
                .startsWith("{")
                .contains("\"orderId\":\"o1\"", "\"priceCents\":3000", "\"version\":0")
                .contains("\"expiresAt\":\"2027-01-15T10:30:00Z\"");
    }

    @Test
    @DisplayName("9.1 a field the reader does not know yet is skipped: a newer publisher can add one")
    void newerWriter() {
        String fromANewerService =
                "{\"ticketId\":\"t9\",\"title\":\"Opera\",\"priceCents\":9000,\"sellerId\":\"s2\",\"version\":4,"
                        + "\"currency\":\"EUR\"}";
        var decoded = new java.util.concurrent.atomic.AtomicReference<TicketCreated>();
        Throwable failure = catchThrowable(() -> decoded.set(
                new EventCodec().decode(fromANewerService.getBytes(StandardCharsets.UTF_8), EventType.TICKET_CREATED)));
        assertThat(failure)
                .as(EXERCISE.says(
                        "a ticket with a currency field, which TicketCreated does not have, must still be read, the"
                                + " unknown field skipped; it failed: %s",
                        failure))
                .isNull();
        assertThat(decoded.get())
                .as(EXERCISE.says("the fields it knows are read as they are"))
                .isEqualTo(new TicketCreated("t9", "Opera", 9000, "s2", 4));
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }
}
