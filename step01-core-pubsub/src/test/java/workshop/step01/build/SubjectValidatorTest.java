package workshop.step01.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.testkit.Exercise;

/** Exercise 1.1: which subjects NATS accepts, for publishing and for subscribing. */
class SubjectValidatorTest {

    private static final Exercise EXERCISE = Exercise.of("1.1");

    @ParameterizedTest(name = "1.1 a publisher may use {0}")
    @ValueSource(
            strings = {"orders", "orders.eu.created", "tickets:created", "foo*", "a.b>c", "ORDERS.Eu.42", "_INBOX.abc"})
    void validPublishSubjects(String subject) {
        assertThat(SubjectValidator.isValidSubject(subject))
                .as(EXERCISE.says(
                        "isValidSubject(\"%s\") should be true: '*' and '>' are wildcards only as whole tokens",
                        subject))
                .isTrue();
    }

    @ParameterizedTest(name = "1.1 a publisher may not use {0}")
    @ValueSource(
            strings = {
                "orders.*",
                "orders.>",
                "*",
                ">",
                "orders..eu",
                ".orders",
                "orders.",
                "order s",
                "orders.\teu",
                "orders\n"
            })
    void invalidPublishSubjects(String subject) {
        assertThat(SubjectValidator.isValidSubject(subject))
                .as(EXERCISE.says(
                        "isValidSubject(\"%s\") should be false: no wildcards, no empty tokens, no whitespace",
                        subject.replace("\t", "\\t").replace("\n", "\\n")))
                .isFalse();
    }

    @ParameterizedTest(name = "1.1 a null or empty subject is never valid: {0}")
    @NullAndEmptySource
    void nullOrEmptyIsNeverValid(String subject) {
        assertThat(SubjectValidator.isValidSubject(subject))
                .as(EXERCISE.says("isValidSubject(%s) should be false", subject))
                .isFalse();
        assertThat(SubjectValidator.isValidFilter(subject))
                .as(EXERCISE.says("isValidFilter(%s) should be false", subject))
                .isFalse();
    }

    @ParameterizedTest(name = "1.1 a subscriber may use {0}")
    @ValueSource(strings = {"orders", "orders.*", "orders.>", "*", ">", "*.eu.*", "orders.*.>", "foo*.bar", "a.b>c"})
    void validFilters(String filter) {
        assertThat(SubjectValidator.isValidFilter(filter))
                .as(EXERCISE.says(
                        "isValidFilter(\"%s\") should be true: '*' and '>' are allowed as whole tokens", filter))
                .isTrue();
    }

    @ParameterizedTest(name = "1.1 a subscriber may not use {0}")
    @ValueSource(strings = {"orders.>.eu", ">.orders", "orders..*", "orders.*.", "or ders.*", "> "})
    void invalidFilters(String filter) {
        assertThat(SubjectValidator.isValidFilter(filter))
                .as(EXERCISE.says(
                        "isValidFilter(\"%s\") should be false: '>' only as the last token, no empty tokens, no whitespace",
                        filter))
                .isFalse();
    }
}
