package workshop.step03.use;

import io.nats.client.Connection;
import io.nats.service.Group;
import io.nats.service.Service;
import io.nats.service.ServiceEndpoint;
import io.nats.service.ServiceMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;

/**
 * The course notes' {@code minmax} micro-service, with jnats' Service API: a service named
 * {@value #NAME}, version {@value #VERSION}, with a group {@value #GROUP} holding two endpoints,
 * {@code min} and {@code max}, so they listen on {@code minmax.min} and {@code minmax.max}.
 *
 * <p>A request is a JSON array of integers, e.g. {@code [-1, 2, 100, -2000]}. The reply is
 * {@code {"min":-2000}} or {@code {"max":100}}. A request that is not a non-empty array of integers
 * gets an error reply: the headers {@code Nats-Service-Error} (what is wrong) and
 * {@code Nats-Service-Error-Code} ({@value #BAD_REQUEST}), and no payload.
 */
public final class MinMaxService {

    public static final String NAME = "minmax";
    public static final String VERSION = "0.0.1";
    public static final String GROUP = "minmax";
    public static final int BAD_REQUEST = 400;

    private MinMaxService() {}

    /**
     * Builds and starts one instance of the service on {@code connection}. Start it on several
     * connections and the instances share the requests: every endpoint is in the queue group "q".
     * Stop an instance with {@link Service#stop()}.
     */
    public static Service start(Connection connection) throws Exception {
        // TODO Exercise 3.8: Build the service with a group holding the two endpoints, start it, and make sure the
        // server has its subscriptions.
        throw new UnsupportedOperationException("Exercise 3.8 is not solved yet: The minmax service. Read step03-request-reply/README.md#38-the-minmax-service");
    }

    /** The endpoint {@code name} in {@code group}: it answers with {@code pick} folded over the request's numbers. */
    private static ServiceEndpoint endpoint(
            Connection connection, Group group, String name, BinaryOperator<Integer> pick) {
        // TODO Exercise 3.8: An endpoint named 'name' in the group, whose handler answers each request.
        throw new UnsupportedOperationException("Exercise 3.8 is not solved yet: The minmax service. Read step03-request-reply/README.md#38-the-minmax-service");
    }

    /**
     * Answers one request on endpoint {@code name}: {@code {"<name>":<result>}}, or a standard error
     * reply with code {@value #BAD_REQUEST} when the request is not a non-empty JSON array of integers.
     */
    private static void answer(
            Connection connection, ServiceMessage request, String name, BinaryOperator<Integer> pick) {
        // TODO Exercise 3.8: Reply {"<name>":<result>}; a request parseIntegers refuses gets a standard error reply
        // with code 400.
        throw new UnsupportedOperationException("Exercise 3.8 is not solved yet: The minmax service. Read step03-request-reply/README.md#38-the-minmax-service");
    }

    /**
     * The integers of a non-empty JSON array, e.g. {@code [-1, 2, 100, -2000]}. A few lines of
     * plain Java are enough for this one shape; a real service would use a JSON library (jnats'
     * own parser is internal to jnats, not an API to build on).
     *
     * @throws IllegalArgumentException saying what is wrong, for anything else
     */
    static List<Integer> parseIntegers(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8).strip();
        if (!text.startsWith("[")
                || !text.endsWith("]")
                || text.substring(1, text.length() - 1).isBlank()) {
            throw new IllegalArgumentException("expected a non-empty JSON array of integers");
        }
        List<Integer> numbers = new ArrayList<>();
        for (String element : text.substring(1, text.length() - 1).split(",", -1)) {
            String number = element.strip();
            if (!INTEGER.matcher(number).matches()) {
                throw new IllegalArgumentException("not an integer: " + (number.isEmpty() ? "(nothing)" : number));
            }
            try {
                numbers.add(Integer.parseInt(number));
            } catch (NumberFormatException tooLarge) {
                throw new IllegalArgumentException("not an integer: " + number + " (too large for an int)");
            }
        }
        return Collections.unmodifiableList(numbers);
    }

    /** A JSON integer: an optional minus, then 0 or digits without a leading zero. */
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
}
