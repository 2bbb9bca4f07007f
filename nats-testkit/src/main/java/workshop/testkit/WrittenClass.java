package workshop.testkit;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A class the learner writes whole, from its README section and its test: the skeleton has no such
 * file, so a test cannot name the class in its code (it would not compile until the learner wrote
 * it). It names the class by its name and uses it through a type the step gives, an interface or a
 * base class:
 *
 * <pre>{@code
 * DeadLetters monitor = WrittenClass.instantiate(EXERCISE, "workshop.step09.monitor.DeadLetterMonitor",
 *         DeadLetters.class, context, settings);
 * }</pre>
 *
 * Until the file is there, the test fails with {@code Exercise 9.14 is not solved yet: … Write the
 * class …}, as an unsolved region's {@code throw} does; a class that is there but does not fit (the
 * wrong type, no such constructor) fails with what it must be.
 */
public final class WrittenClass {

    private WrittenClass() {}

    /**
     * A new instance of {@code className}, which must be a {@code type}, made with its public
     * constructor that takes {@code arguments}. An exception the constructor throws is thrown as it
     * is (wrapped only when checked).
     */
    public static <T> T instantiate(Exercise exercise, String className, Class<T> type, Object... arguments) {
        Class<? extends T> written = load(exercise, className, type);
        Constructor<?> constructor = Arrays.stream(written.getConstructors())
                .filter(candidate -> accepts(candidate.getParameterTypes(), arguments))
                .findFirst()
                .orElseThrow(() -> new AssertionError(exercise.says(
                        "%s needs a public constructor that takes (%s); it has %s",
                        className,
                        Arrays.stream(arguments)
                                .map(a -> a == null ? "null" : a.getClass().getSimpleName())
                                .collect(Collectors.joining(", ")),
                        Arrays.toString(written.getConstructors()))));
        try {
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(className + "'s constructor failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(exercise.says("%s could not be made: %s", className, e), e);
        }
    }

    /** The class {@code className}, which must be a {@code type}. */
    public static <T> Class<? extends T> load(Exercise exercise, String className, Class<T> type) {
        Class<?> written;
        try {
            written = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UnsupportedOperationException("Exercise " + exercise.id() + " is not solved yet: "
                    + exercise.title() + ". Write the class " + className + " (a new file, "
                    + className.replace('.', '/') + ".java under src/main/java). Read " + exercise.readme());
        }
        if (!type.isAssignableFrom(written)) {
            throw new AssertionError(exercise.says("%s must be a %s", className, type.getName()));
        }
        return written.asSubclass(type);
    }

    private static boolean accepts(Class<?>[] parameters, Object[] arguments) {
        if (parameters.length != arguments.length) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (arguments[i] != null && !box(parameters[i]).isInstance(arguments[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            default -> type;
        };
    }
}
