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
    @CsvSource(
            quoteCharacter = '"', // the reasons quote '*' and '>'
            value = {
                "orders.eu.created,   orders.eu.created,   true,",
                "orders.eu.created,   orders.eu.cancelled, false,",
                "orders.eu,           orders.eu.created,   false, a filter without '>' matches only subjects with the same number of tokens",
                "orders.eu.created,   orders.eu,           false, a filter without '>' matches only subjects with the same number of tokens",
                "orders.*.created,    orders.eu.created,   true,",
                "orders.*.created,    orders.eu.x.created, false, '*' stands for exactly one token",
                "orders.*,            orders,              false, '*' stands for exactly one token",
                "*,                   orders,              true,",
                "*,                   orders.eu,           false, '*' stands for exactly one token",
                "orders.>,            orders.eu,           true,",
                "orders.>,            orders.eu.created,   true,",
                "orders.>,            orders,              false, '>' stands for at least one token",
                ">,                   orders.eu.created,   true,",
                "*.*.created,         orders.eu.created,   true,",
                "orders.*.>,          orders.eu,           false, '>' stands for at least one token",
                "orders.*.>,          orders.eu.created,   true,",
                "Orders.eu,           orders.eu,           false, subjects are case-sensitive",
                "foo*,                foo*,                true,",
                "foo*,                fooX,                false, '*' inside a token is a plain character: a wildcard only as a whole token",
            })
    void table(String filter, String subject, boolean expected, String why) {
        String reason = why == null ? "" : ": " + why;
        assertThat(WildcardMatcher.matches(filter, subject))
                .as(EXERCISE.says("matches(\"%s\", \"%s\") should be %s%s", filter, subject, expected, reason))
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
