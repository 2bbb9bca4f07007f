package workshop.step07.given;

import java.nio.charset.StandardCharsets;

/**
 * An order, the unit of work of step 7's pipeline. Its {@code id} is chosen by whoever creates the
 * order, once: it is what makes a retry recognisable as the same order.
 */
public record Order(String id, int quantity) {

    /** The wire form: {@code id;quantity} in UTF-8. */
    public byte[] toBytes() {
        return (id + ";" + quantity).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the wire form back. */
    public static Order fromBytes(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        int separator = text.lastIndexOf(';');
        if (separator < 0) {
            throw new IllegalArgumentException("Not an order: '" + text + "'");
        }
        return new Order(text.substring(0, separator), Integer.parseInt(text.substring(separator + 1)));
    }
}
