package workshop.tools.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A header block as HPUB and HMSG carry it: {@code NATS/1.0[ <status>[ <description>]]}, then
 * {@code Key: Value} lines, then an empty line. The status is how the server talks inside a
 * message: 100 (flow control, idle heartbeat), 404 and 408 (a pull that ended), 409, 503 (no responders).
 *
 * @param status      the status code of the first line; empty when there is none
 * @param description what follows the status code ({@code Idle Heartbeat})
 * @param entries     the headers, in order; a key may repeat
 */
public record Headers(Optional<Integer> status, String description, List<Map.Entry<String, String>> entries) {

    public static Headers parse(byte[] block) {
        List<String> lines = new String(block, StandardCharsets.UTF_8).lines().toList();
        Optional<Integer> status = Optional.empty();
        String description = "";
        if (!lines.isEmpty() && lines.getFirst().startsWith("NATS/")) {
            String[] first = lines.getFirst().split(" ", 3);
            if (first.length > 1) {
                try {
                    status = Optional.of(Integer.parseInt(first[1].strip()));
                } catch (NumberFormatException notAStatus) {
                    // a version line without a status
                }
            }
            description = first.length > 2 ? first[2].strip() : "";
        }
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                entries.add(Map.entry(
                        line.substring(0, colon).strip(),
                        line.substring(colon + 1).strip()));
            }
        }
        return new Headers(status, description, List.copyOf(entries));
    }

    /** The first value of the header (case-insensitive, as NATS compares them). */
    public Optional<String> get(String key) {
        return entries.stream()
                .filter(e -> e.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** {@code [Nats-Msg-Id: 42, KV-Operation: DEL]}, {@code [100 Idle Heartbeat; Nats-Last-Consumer: 0]}; empty without headers. */
    public String shown() {
        String first = status.map(code -> code + (description.isEmpty() ? "" : " " + description))
                .orElse("");
        if (entries.isEmpty()) {
            return first.isEmpty() ? "" : "[" + first + "]";
        }
        StringBuilder text = new StringBuilder("[").append(first.isEmpty() ? "" : first + ";");
        for (Map.Entry<String, String> entry : entries) {
            if (text.length() > 1) {
                text.append(text.charAt(text.length() - 1) == ';' ? " " : ", ");
            }
            text.append(entry.getKey()).append(": ").append(Payload.abbreviate(entry.getValue(), 40));
        }
        return text.append(']').toString();
    }
}
