package workshop.step08.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One token of a mapping's destination, e.g. in {@code orders.{{partition(3,1)}}.{{wildcard(1)}}}:
 * a literal ({@code orders}), a wildcard reference ({@code {{wildcard(1)}}}: the subject's token
 * that the source's first {@code *} matched), or a partition ({@code {{partition(3,1)}}}: a number
 * from 0 to 2 computed from the tokens of the listed wildcards). Wildcard numbers start at 1, as in
 * nats-server's configuration.
 */
public sealed interface DestinationToken {

    record Literal(String text) implements DestinationToken {}

    record Wildcard(int index) implements DestinationToken {}

    record Partition(int buckets, List<Integer> wildcardIndexes) implements DestinationToken {
        public Partition {
            wildcardIndexes = List.copyOf(wildcardIndexes);
        }
    }

    Pattern FUNCTION = Pattern.compile("\\{\\{\\s*(\\w+)\\s*\\(([^)]*)\\)\\s*}}");

    /** Parses a whole destination into its tokens; throws {@link IllegalArgumentException} on an unknown function. */
    static List<DestinationToken> parseAll(String destination) {
        List<DestinationToken> tokens = new ArrayList<>();
        for (String token : destination.split("\\.", -1)) {
            tokens.add(parse(token));
        }
        return tokens;
    }

    static DestinationToken parse(String token) {
        Matcher function = FUNCTION.matcher(token.strip());
        if (!function.matches()) {
            if (token.contains("{{")) {
                throw new IllegalArgumentException("cannot read mapping token '" + token + "'");
            }
            return new Literal(token);
        }
        List<Integer> arguments = new ArrayList<>();
        for (String argument : function.group(2).split(",")) {
            if (!argument.isBlank()) {
                arguments.add(Integer.parseInt(argument.strip()));
            }
        }
        return switch (function.group(1).toLowerCase()) {
            case "wildcard" -> {
                if (arguments.size() != 1) {
                    throw new IllegalArgumentException("wildcard() takes one index: " + token);
                }
                yield new Wildcard(arguments.get(0));
            }
            case "partition" -> {
                if (arguments.isEmpty() || arguments.get(0) <= 0) {
                    throw new IllegalArgumentException("partition() needs a positive number of partitions: " + token);
                }
                yield new Partition(arguments.get(0), arguments.subList(1, arguments.size()));
            }
            default -> throw new IllegalArgumentException("unknown mapping function in '" + token + "'");
        };
    }
}
