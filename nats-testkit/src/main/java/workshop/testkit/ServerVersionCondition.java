package workshop.testkit;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import workshop.tools.ServerRelease;
import workshop.tools.TestResult;

/**
 * Skips a test whose exercise or annotation needs a newer nats-server than the one this run uses.
 * What it needs comes from {@link NeedsNatsServer} on the method or class, and from the exercise's
 * {@code needsServer} in {@code exercises.json} (the exercise is the id its display name starts
 * with). The server is asked for its version only when a test needs one.
 */
final class ServerVersionCondition implements ExecutionCondition {

    /** The words every such skip starts with; the workshop tools look for them. */
    static final String NEEDS = TestResult.NEEDS_SERVER;

    /** Each server's version, asked once: a restart keeps the URL and the binary. */
    private static final Map<String, ServerRelease> VERSIONS = new ConcurrentHashMap<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            return ConditionEvaluationResult.enabled("checked per test");
        }
        Optional<Requirement> needed = requirement(context);
        if (needed.isEmpty()) {
            return ConditionEvaluationResult.enabled("runs on every server");
        }
        NatsServer server = NatsServerExtension.server(context);
        ServerRelease running = VERSIONS.computeIfAbsent(server.url(), url -> server.version());
        Requirement requirement = needed.get();
        if (running.compareTo(requirement.release()) >= 0) {
            return ConditionEvaluationResult.enabled(
                    "nats-server " + running + " is " + requirement.release() + " or newer");
        }
        return ConditionEvaluationResult.disabled(skipMessage(requirement, running, server.source()));
    }

    /** One line: what the test needs, what this run has and from where, how to get a newer one. */
    static String skipMessage(Requirement requirement, ServerRelease running, ServerSource source) {
        return NEEDS + requirement.release() + "+ (" + requirement.why() + "); this run has " + running + " from "
                + source.describe() + ". To run it, " + howToGetNewer(source) + " (README.md#prerequisites).";
    }

    private static String howToGetNewer(ServerSource source) {
        return switch (source) {
            case ServerSource.LocalBinary binary -> "install a newer nats-server, or point NATS_SERVER_PATH at one";
            case ServerSource.ExternalServer external ->
                "upgrade the server at NATS_URL, or unset NATS_URL to let the test kit start one";
            case ServerSource.DockerImage image -> "set NATS_DOCKER_IMAGE to a newer image";
        };
    }

    /** The newest release any of the method, its class or its exercise asks for. */
    private static Optional<Requirement> requirement(ExtensionContext context) {
        Optional<String> exerciseId = ExerciseMetadata.exerciseId(context.getDisplayName());
        String why = exerciseId
                .map(id -> "this test of exercise " + id + " uses a feature of that release")
                .orElse("a feature of that release");
        Stream<Requirement> fromAnnotations = Stream.of(context.getRequiredTestMethod(), context.getRequiredTestClass())
                .flatMap(element -> AnnotationSupport.findAnnotation(element, NeedsNatsServer.class).stream())
                .map(annotation -> new Requirement(ServerRelease.parse(annotation.value()), why));
        Stream<Requirement> fromExercise = exerciseId
                .flatMap(id -> ExerciseMetadata.forTestClass(context.getRequiredTestClass())
                        .needsServer(id)
                        .map(release -> new Requirement(ServerRelease.parse(release), "exercise " + id)))
                .stream();
        return Stream.concat(fromAnnotations, fromExercise).max(Comparator.comparing(Requirement::release));
    }

    /** A release a test needs, and why, in a few words. */
    record Requirement(ServerRelease release, String why) {}
}
