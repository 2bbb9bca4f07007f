package workshop.step08.support;

/**
 * The exercise a test checks: its id and its section of README.md, so that every failure message
 * says "Exercise 8.6: … (README.md#86-deliver-msg-and-hmsg)".
 */
public record Exercise(String id, String anchor) {

    public static final Exercise CONTROL_LINE = new Exercise("8.1", "81-read-a-control-lines-arguments");
    public static final Exercise PARSER = new Exercise("8.2", "82-parse-the-protocol-one-byte-at-a-time");
    public static final Exercise SUBLIST = new Exercise("8.3", "83-route-through-a-subject-trie");
    public static final Exercise CACHE = new Exercise("8.4", "84-cache-match-results");
    public static final Exercise SESSION = new Exercise("8.6", "86-hold-a-conversation-with-a-client");
    public static final Exercise ROUTER = new Exercise("8.7", "87-deliver-msg-and-hmsg");
    public static final Exercise OUTBOUND = new Exercise("8.5", "85-bound-what-a-slow-client-can-cost");
    public static final Exercise AUTH = new Exercise("8.8", "88-check-credentials");
    public static final Exercise MONITORING = new Exercise("8.9", "89-show-the-brokers-insides-over-http");
    public static final Exercise MAPPING = new Exercise("8.10", "810-map-subjects-to-deterministic-partitions");

    /** "Exercise n.m: what (README.md#anchor)". */
    public String says(String what) {
        return "Exercise " + id + ": " + what + " (README.md#" + anchor + ")";
    }
}
