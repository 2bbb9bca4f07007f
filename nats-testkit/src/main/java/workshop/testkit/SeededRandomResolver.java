package workshop.testkit;

import java.util.Random;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves a {@link Random} parameter seeded from the test's class and method names: values vary
 * from test to test (so a hard-coded answer cannot pass) but are the same on every run (so a
 * failure can be reproduced). Use it with {@code @ExtendWith(SeededRandomResolver.class)}, or get
 * it for free with {@link NatsServerTest}.
 */
public final class SeededRandomResolver implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Random.class;
    }

    @Override
    public Random resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return new Random(seedFor(context.getUniqueId()));
    }

    static long seedFor(String testId) {
        return 0x5EED_CAFEL ^ testId.hashCode();
    }
}
