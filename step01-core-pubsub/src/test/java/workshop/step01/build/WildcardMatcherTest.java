package workshop.step01.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 1.2: how '*' and '>' match. */
@ExtendWith(SeededRandomResolver.class)
class WildcardMatcherTest {

    private static final Exercise EXERCISE = Exercise.of("1.2");

    @ParameterizedTest(name = "1.2 {0} matches {1}: {2}")
    @CsvSource({
        "orders.eu.created,   orders.eu.created,   true",
        "orders.eu.created,   orders.eu.cancelled, false",
        "orders.eu,           orders.eu.created,   false",
        "orders.eu.created,   orders.eu,           false",
        "orders.*.created,    orders.eu.created,   true",
        "orders.*.created,    orders.eu.x.created, false",
        "orders.*,            orders,              false",
        "*,                   orders,              true",
        "*,                   orders.eu,           false",
        "orders.>,            orders.eu,           true",
        "orders.>,            orders.eu.created,   true",
        "orders.>,            orders,              false",
        ">,                   orders.eu.created,   true",
        "*.*.created,         orders.eu.created,   true",
        "orders.*.>,          orders.eu,           false",
        "orders.*.>,          orders.eu.created,   true",
        "Orders.eu,           orders.eu,           false",
        "foo*,                foo*,                true",
        "foo*,                fooX,                false",
    })
    void table(String filter, String subject, boolean expected) {
        assertThat(WildcardMatcher.matches(filter, subject))
                .as(EXERCISE.says("matches(\"%s\", \"%s\") should be %s", filter, subject, expected))
                .isEqualTo(expected);
    }

    @Test
    @DisplayName("1.2 a '*' in any position matches any one token, and only one")
    void starInAnyPosition(Random random) {
        for (int round = 0; round < 200; round++) {
            String[] tokens = randomTokens(random, 1 + random.nextInt(5));
            String subject = String.join(".", tokens);
            String[] filterTokens = tokens.clone();
            filterTokens[random.nextInt(tokens.length)] = "*";
            String filter = String.join(".", filterTokens);
            assertThat(WildcardMatcher.matches(filter, subject))
                    .as(EXERCISE.says("matches(\"%s\", \"%s\") should be true", filter, subject))
                    .isTrue();
            assertThat(WildcardMatcher.matches(filter, subject + ".extra"))
                    .as(EXERCISE.says(
                            "matches(\"%s\", \"%s\") should be false: '*' is exactly one token",
                            filter, subject + ".extra"))
                    .isFalse();
        }
    }

    @Test
    @DisplayName("1.2 a '>' matches every subject that has at least one token after its prefix")
    void tailWildcard(Random random) {
        for (int round = 0; round < 200; round++) {
            String[] tokens = randomTokens(random, 2 + random.nextInt(5));
            int prefixLength = 1 + random.nextInt(tokens.length - 1);
            String prefix = String.join(".", java.util.Arrays.copyOf(tokens, prefixLength));
            String subject = String.join(".", tokens);
            assertThat(WildcardMatcher.matches(prefix + ".>", subject))
                    .as(EXERCISE.says("matches(\"%s\", \"%s\") should be true", prefix + ".>", subject))
                    .isTrue();
            assertThat(WildcardMatcher.matches(prefix + ".>", prefix))
                    .as(EXERCISE.says(
                            "matches(\"%s\", \"%s\") should be false: '>' needs at least one token",
                            prefix + ".>", prefix))
                    .isFalse();
        }
    }

    private static String[] randomTokens(Random random, int count) {
        String[] tokens = new String[count];
        for (int i = 0; i < count; i++) {
            tokens[i] = Long.toString(random.nextLong() & 0xffffffL, 36);
        }
        return tokens;
    }
}
