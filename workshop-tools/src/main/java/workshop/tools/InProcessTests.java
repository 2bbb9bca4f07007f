package workshop.tools;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs test classes in this JVM through the JUnit Platform Launcher and returns their results as
 * {@link TestResult}s, the same shape Surefire's reports give. The tools have no dependencies, so
 * JUnit is not on their classpath: the launcher is found in the class loader of the step's test
 * libraries and driven by reflection, through its public API only (LauncherFactory,
 * LauncherDiscoveryRequestBuilder, LauncherExecutionRequestBuilder, CancellationToken, DiscoverySelectors,
 * TestExecutionListener; the token needs JUnit 6).
 */
final class InProcessTests {

    private final ClassLoader libraries;
    private final Object launcher;

    /** @param libraries a class loader that sees junit-platform-launcher and the test engines */
    InProcessTests(ClassLoader libraries) {
        this.libraries = libraries;
        this.launcher = withContextLoader(
                libraries, () -> call(type("org.junit.platform.launcher.core.LauncherFactory"), null, "create"));
    }

    /** A class loader for these jars and folders, in this order, on top of {@code parent}. */
    static URLClassLoader loaderOf(List<Path> paths, ClassLoader parent) {
        URL[] urls = paths.stream()
                .map(path -> {
                    try {
                        return path.toUri().toURL();
                    } catch (MalformedURLException e) {
                        throw new IllegalArgumentException(e);
                    }
                })
                .toArray(URL[]::new);
        return new URLClassLoader(urls, parent);
    }

    /** The loader of the test libraries: the parent of every loader of the step's own classes. */
    ClassLoader libraries() {
        return libraries;
    }

    /** Runs the classes (loaded by {@code tests}, a child of the libraries' loader) and returns every test's result. */
    List<TestResult> run(ClassLoader tests, List<String> classNames) {
        return run(tests, classNames, result -> false);
    }

    /**
     * Runs the classes until a result that {@code stopAfter} accepts, then cancels the rest (JUnit 6's
     * cancellation token: the tests not started yet report as skipped). {@code ./workshop mistakes} stops
     * at an exercise's first failure: it is the one that has to name the mistake, and the tests after it
     * would only wait out their timeouts.
     */
    List<TestResult> run(ClassLoader tests, List<String> classNames, Predicate<TestResult> stopAfter) {
        return withContextLoader(tests, () -> {
            Class<?> selectorType = type("org.junit.platform.engine.DiscoverySelector");
            Object selectors = Array.newInstance(selectorType, classNames.size());
            Method selectClass = type("org.junit.platform.engine.discovery.DiscoverySelectors")
                    .getMethod("selectClass", Class.class);
            for (int i = 0; i < classNames.size(); i++) {
                Array.set(selectors, i, selectClass.invoke(null, Class.forName(classNames.get(i), false, tests)));
            }
            Class<?> builderType = type("org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder");
            Object builder = call(builderType, null, "request");
            builderType.getMethod("selectors", selectors.getClass()).invoke(builder, selectors);
            Object request = call(builderType, builder, "build");

            Class<?> tokenType = type("org.junit.platform.engine.CancellationToken");
            Object token = tokenType.getMethod("create").invoke(null);
            Recorder recorder = new Recorder(result -> {
                if (stopAfter.test(result)) {
                    call(tokenType, token, "cancel");
                }
            });
            Class<?> listenerType = type("org.junit.platform.launcher.TestExecutionListener");
            Object listener = Proxy.newProxyInstance(libraries, new Class<?>[] {listenerType}, recorder);
            Object listeners = Array.newInstance(listenerType, 1);
            Array.set(listeners, 0, listener);

            Class<?> executionType = type("org.junit.platform.launcher.core.LauncherExecutionRequestBuilder");
            Object execution = executionType
                    .getMethod("request", type("org.junit.platform.launcher.LauncherDiscoveryRequest"))
                    .invoke(null, request);
            executionType.getMethod("listeners", listeners.getClass()).invoke(execution, listeners);
            executionType.getMethod("cancellationToken", tokenType).invoke(execution, token);
            Object executionRequest = call(executionType, execution, "build");
            type("org.junit.platform.launcher.Launcher")
                    .getMethod("execute", type("org.junit.platform.launcher.LauncherExecutionRequest"))
                    .invoke(launcher, executionRequest);
            return recorder.results;
        });
    }

    /** Turns the listener's callbacks into TestResults. Containers report only when they fail. */
    private static final class Recorder implements InvocationHandler {

        final List<TestResult> results = new ArrayList<>();
        private final Map<String, String> names = new HashMap<>();
        private final ResultListener onResult;

        Recorder(ResultListener onResult) {
            this.onResult = onResult;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Exception {
            switch (method.getName()) {
                case "executionStarted", "dynamicTestRegistered" ->
                    names.put(uniqueId(args[0]), (String) call(args[0], "getDisplayName"));
                case "executionSkipped" -> {
                    if ((boolean) call(args[0], "isTest")) {
                        add(new TestResult(
                                className(args[0]),
                                displayName(args[0]),
                                TestResult.Outcome.SKIPPED,
                                String.valueOf(args[1])));
                    }
                }
                case "executionFinished" -> finished(args[0], args[1]);
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "toString" -> {
                    return "workshop watch listener";
                }
                default -> {
                    // other callbacks (reporting entries, file entries, plan start and end) are not needed
                }
            }
            return null;
        }

        private void finished(Object identifier, Object result) throws Exception {
            String status = call(result, "getStatus").toString();
            boolean test = (boolean) call(identifier, "isTest");
            if (!test && status.equals("SUCCESSFUL")) {
                return;
            }
            Optional<?> thrown = (Optional<?>) call(result, "getThrowable");
            Throwable throwable = (Throwable) thrown.orElse(null);
            TestResult.Outcome outcome = switch (status) {
                case "SUCCESSFUL" -> TestResult.Outcome.PASSED;
                case "ABORTED" -> TestResult.Outcome.SKIPPED;
                default -> throwable instanceof AssertionError ? TestResult.Outcome.FAILED : TestResult.Outcome.ERROR;
            };
            // A LinkageError keeps its type in the message: it means classes compiled at different times disagree.
            String message = throwable == null
                    ? ""
                    : throwable instanceof LinkageError || throwable.getMessage() == null
                            ? throwable.toString()
                            : throwable.getMessage();
            message += unsolvedCause(throwable, message);
            // A class that could not run at all (no NATS server, a failing @BeforeAll) reports without a display name,
            // as Surefire does; ExerciseProgress gives it to the exercise whose test class it is.
            add(new TestResult(className(identifier), test ? displayName(identifier) : "", outcome, message));
        }

        private void add(TestResult result) throws Exception {
            results.add(result);
            onResult.accept(result);
        }

        /**
         * An unsolved exercise's message in a cause (an Awaitility timeout whose last attempt threw it),
         * as a line of its own for the report to find: Surefire's reports carry it in their stack trace.
         */
        private static String unsolvedCause(Throwable throwable, String message) {
            if (throwable == null || FailureSummary.notSolved(message).isPresent()) {
                return "";
            }
            int depth = 0;
            for (Throwable cause = throwable.getCause();
                    cause != null && depth < 20;
                    cause = cause.getCause(), depth++) {
                if (cause.getMessage() != null
                        && FailureSummary.notSolved(cause.getMessage()).isPresent()) {
                    return TestResult.UNSOLVED_CAUSE + cause;
                }
            }
            return "";
        }

        /** The test's display name; a parameterized invocation without the exercise id gets its method's name in front. */
        private String displayName(Object identifier) throws Exception {
            String own = (String) call(identifier, "getDisplayName");
            if (new TestResult("", own, TestResult.Outcome.PASSED, "")
                    .exerciseId()
                    .isPresent()) {
                return own;
            }
            Optional<?> parent = (Optional<?>) call(identifier, "getParentId");
            String parentName = parent.map(id -> names.get(id.toString())).orElse(null);
            return parentName == null ? own : parentName + " " + own;
        }

        private static String className(Object identifier) throws Exception {
            Optional<?> source = (Optional<?>) call(identifier, "getSource");
            if (source.isPresent()) {
                for (Method m : source.get().getClass().getMethods()) {
                    if (m.getName().equals("getClassName") && m.getParameterCount() == 0) {
                        return (String) m.invoke(source.get());
                    }
                }
            }
            return "";
        }

        private static String uniqueId(Object identifier) throws Exception {
            return call(identifier, "getUniqueId").toString();
        }

        private static Object call(Object target, String method) throws Exception {
            Method m = target.getClass().getMethod(method);
            m.setAccessible(true);
            return m.invoke(target);
        }
    }

    private Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, true, libraries);
    }

    private static Object call(Class<?> type, Object target, String method) throws Exception {
        return type.getMethod(method).invoke(target);
    }

    /** What the recorder tells about each result as it comes. */
    private interface ResultListener {
        void accept(TestResult result) throws Exception;
    }

    private interface Action<T> {
        T run() throws Exception;
    }

    private static <T> T withContextLoader(ClassLoader loader, Action<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return action.run();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("JUnit failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException("Could not drive JUnit: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
