package workshop.testkit;

import io.nats.client.Connection;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import workshop.tools.TestResult;

/**
 * The JUnit extension behind {@link NatsServerTest}: one server per test class, one connection per
 * test method. Both live in JUnit's store, which closes them when their scope ends.
 */
final class NatsServerExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NatsServerExtension.class);
    private static final Set<Class<?>> RESOLVABLE =
            Set.of(NatsServer.class, Connection.class, JetStream.class, JetStreamManagement.class);

    @Override
    public void beforeAll(ExtensionContext classContext) {
        server(classContext);
    }

    /** Under --wire, the frames from here on are this test's ({@link WireRecorder}). */
    @Override
    public void beforeEach(ExtensionContext context) {
        String name = context.getDisplayName();
        if (TestResult.exerciseIdOf(name).isEmpty()
                && context.getParent().isPresent()) { // a parameterized invocation: "[1] x"
            name = context.getParent().get().getDisplayName() + " " + name;
        }
        WireRecorder.testStarted(context.getRequiredTestClass().getName(), name);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        WireRecorder.testFinished();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return RESOLVABLE.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == NatsServer.class) {
            return server(context);
        }
        Connection connection = connection(context);
        try {
            if (type == JetStream.class) {
                return connection.jetStream();
            }
            if (type == JetStreamManagement.class) {
                return connection.jetStreamManagement();
            }
        } catch (IOException e) {
            throw new ParameterResolutionException(
                    "JetStream is not available on " + server(context).url(), e);
        }
        return connection;
    }

    /** The server of the test class the context belongs to, started on first use. */
    static NatsServer server(ExtensionContext context) {
        ExtensionContext classContext = classContextOf(context);
        NatsServer server = classContext
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        NatsServer.class,
                        key -> NatsServers.start(
                                classContext.getRequiredTestClass().getSimpleName()),
                        NatsServer.class);
        classContext
                .getStore(NAMESPACE)
                .computeIfAbsent(WireRecorder.StopWith.class, key -> new WireRecorder.StopWith(server.url()));
        return server;
    }

    private static ExtensionContext classContextOf(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** The connection of the current test method, made on first use and closed when the method ends. */
    private static Connection connection(ExtensionContext methodContext) {
        return methodContext
                .getStore(NAMESPACE)
                .computeIfAbsent(
                        ClosingConnection.class,
                        key -> {
                            try {
                                return new ClosingConnection(
                                        server(methodContext).connect());
                            } catch (IOException e) {
                                throw new ParameterResolutionException(
                                        "Could not connect to "
                                                + server(methodContext).url(),
                                        e);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new ParameterResolutionException("Interrupted while connecting", e);
                            }
                        },
                        ClosingConnection.class)
                .connection();
    }

    /** Lets JUnit's store close a connection when the test method's scope ends. */
    private record ClosingConnection(Connection connection) implements AutoCloseable {
        @Override
        public void close() throws InterruptedException {
            connection.close();
        }
    }
}
