/**
 * The tools' own tests: commands run on a small made-up repository ({@link TestRepository}), the
 * skeleton writer, the drift and honesty verdicts, progress and failure summaries. They run with
 * {@code -Psolutions} and in CI, not on a learner's {@code ./mvnw test}.
 */
package workshop.tools;
