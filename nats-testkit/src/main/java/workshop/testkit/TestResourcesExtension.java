package workshop.testkit;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.api.StreamInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The JUnit extension behind {@link TestResources} parameters (part of {@link NatsServerTest}): one
 * per test method, closed when the method ends, which deletes what it named.
 * <p>
 * It also tells leftovers from mistakes: when a test on a shared server (NATS_URL) fails because the
 * server refused a stream (its subjects overlap another stream's, or its name is taken), and that
 * server holds streams the test did not make, the failure says so, and names them, instead of
 * letting the refusal look like the exercise's fault.
 */
final class TestResourcesExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TestResourcesExtension.class);
    private static final Set<Integer> REFUSED_BECAUSE_OF_ANOTHER_STREAM = Set.of(
            10065, // subjects overlap with an existing stream
            10058); // stream name already in use with a different configuration
    private static final int STREAMS_LISTED = 10;

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestResources.class;
    }

    @Override
    public TestResources resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .computeIfAbsent(
                        TestResources.class,
                        key -> new TestResources(
                                NatsServerExtension.server(context),
                                SeededRandomResolver.seedFor(context.getUniqueId())),
                        TestResources.class);
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        NatsServer server = NatsServerExtension.server(context);
        JetStreamApiException refusal = refusal(failure);
        if (refusal == null || !(server.source() instanceof ServerSource.ExternalServer)) {
            throw failure;
        }
        TestResources resources = context.getStore(NAMESPACE).get(TestResources.class, TestResources.class);
        Set<String> ours = resources == null ? Set.of() : resources.streams();
        List<String> others;
        try (Connection connection = TestResources.housekeeping(server)) {
            others = connection.jetStreamManagement().getStreams().stream()
                    .filter(info -> !ours.contains(info.getConfiguration().getName()))
                    .map(TestResourcesExtension::describe)
                    .toList();
        } catch (Exception cannotAsk) {
            failure.addSuppressed(cannotAsk);
            throw failure;
        }
        if (others.isEmpty()) {
            throw failure;
        }
        throw new AssertionError(leftoverMessage(server.url(), refusal.getMessage(), others), failure);
    }

    static String leftoverMessage(String url, String refusal, List<String> otherStreams) {
        String listed = String.join(", ", otherStreams.subList(0, Math.min(STREAMS_LISTED, otherStreams.size())))
                + (otherStreams.size() > STREAMS_LISTED
                        ? " and " + (otherStreams.size() - STREAMS_LISTED) + " more"
                        : "");
        return "The NATS_URL server " + url + " refused a stream this test needs (" + refusal
                + "). It still has streams"
                + " this test did not make, from an earlier run or another program: " + listed + ". Delete them"
                + " (nats stream rm <name>) or use a fresh server; this is not about your exercise.";
    }

    private static String describe(StreamInfo info) {
        return info.getConfiguration().getName() + " ("
                + String.join(" ", info.getConfiguration().getSubjects()) + ")";
    }

    private static JetStreamApiException refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JetStreamApiException api
                    && REFUSED_BECAUSE_OF_ANOTHER_STREAM.contains(api.getApiErrorCode())) {
                return api;
            }
        }
        return null;
    }
}
