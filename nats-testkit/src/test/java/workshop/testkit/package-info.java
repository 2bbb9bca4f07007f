/**
 * The test kit's own tests: it finds and starts servers and clusters, injects parameters, names and
 * deletes resources, skips by server version and records the wire as its contracts say. They run
 * with {@code -Psolutions} and in CI, not on a learner's {@code ./mvnw test}.
 */
package workshop.testkit;
