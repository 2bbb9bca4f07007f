package workshop.step09.events;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events as JSON, the bytes every service agrees on. A reader must accept what a newer writer
 * sends: a field it does not know yet is skipped, not an error, so one service can add a field
 * before the others are deployed. Thread-safe: one codec serves every publisher and listener.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec() {
        // EXERCISE 9.1 BEGIN: a Jackson mapper that reads records and java.time values and skips fields it does not
        // know.
        // SKELETON: this.mapper = null;
        this.mapper = JsonMapper.builder()
                // Jackson 3's default, said out loud: Jackson 2 failed on an unknown field
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        // EXERCISE 9.1 END
    }

    /** The event as UTF-8 JSON: one object, its record components as fields. */
    public byte[] encode(TicketingEvent event) {
        // EXERCISE 9.1 BEGIN: write the event as JSON bytes.
        return mapper.writeValueAsString(event).getBytes(StandardCharsets.UTF_8);
        // EXERCISE 9.1 END
    }

    /**
     * The event in {@code json}, as the record {@code type} names.
     *
     * @throws tools.jackson.core.JacksonException when the bytes are not such an event
     */
    public <E extends TicketingEvent> E decode(byte[] json, EventType<E> type) {
        // EXERCISE 9.1 BEGIN: read the bytes as the event type's record.
        return mapper.readValue(json, type.type());
        // EXERCISE 9.1 END
    }
}
