package workshop.tools.wire;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * One line of the spy: a frame described, or a note about a connection (opened, closed, encrypted).
 *
 * @param connection the spy's number for the client connection, from 1
 * @param direction  which way the frame went; null for a note
 * @param frame      the frame; null for a note
 * @param text       the frame described ({@link FrameDescriber}), or the note
 */
public record WireEvent(LocalTime time, int connection, Direction direction, Frame frame, String text) {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    public boolean isNote() {
        return direction == null;
    }

    /** {@code 12:00:01.250 c1 -> PUB orders.new 5  "hello"}, or {@code 12:00:01.250 c1 == closed by the client}. */
    @Override
    public String toString() {
        return time.format(CLOCK) + " c" + connection + " " + (direction == null ? "==" : direction.arrow()) + " "
                + text;
    }
}
