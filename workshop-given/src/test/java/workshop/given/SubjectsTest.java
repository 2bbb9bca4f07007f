package workshop.given;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one implementation of the subject rules every step stands on: steps 2 to 5 rely on the
 * {@code requireValid…} messages, step 8's broker on nats-server's rules (checked against nats-server
 * 2.9.10 and 2.15.1: a subject may hold any character but space, tab, CR and LF; {@code foo*} is a
 * name; a subject with an empty token reaches nobody) and on {@code matches} agreeing with its trie.
 */
class SubjectsTest {

    /** Seeded, so a failure repeats: the same strings on every run. */
    private static final long SEED = 20_240_501L;

    @Nested
    @DisplayName("isValidPublishSubject")
    class PublishSubjects {

        @ParameterizedTest(name = "accepts \"{0}\"")
        @ValueSource(
                strings = {
                    "orders",
                    "orders.eu.created",
                    "foo*",
                    "*foo",
                    "a>b",
                    "a.b>",
                    "_INBOX.abc.1",
                    "commandes.été",
                    "a\fb",
                    "a\u000Bb",
                    "a\u001Cb",
                    "\u00A0"
                })
        @DisplayName(
                "accepts literal subjects; a star or '>' inside a token is part of a name; control characters other than the separators are fine, as in nats-server")
        void accepts(String subject) {
            assertThat(Subjects.isValidPublishSubject(subject)).isTrue();
        }

        @ParameterizedTest(name = "rejects \"{0}\"")
        @NullAndEmptySource
        @ValueSource(
                strings = {
                    " ",
                    "a b",
                    "a\tb",
                    "a\rb",
                    "a\nb",
                    "orders\n",
                    "a..b",
                    ".a",
                    "a.",
                    ".",
                    "..",
                    "*",
                    ">",
                    "a.*",
                    "a.>",
                    "a.*.b",
                    "*.a",
                    ">.a"
                })
        @DisplayName("rejects null, empty, space, tab, CR, LF, empty tokens and wildcard tokens")
        void rejects(String subject) {
            assertThat(Subjects.isValidPublishSubject(subject)).isFalse();
        }
    }

    @Nested
    @DisplayName("isValidFilter")
    class Filters {

        @ParameterizedTest(name = "accepts \"{0}\"")
        @ValueSource(
                strings = {
                    "orders",
                    "*",
                    ">",
                    "orders.*",
                    "orders.>",
                    "*.*.>",
                    "*.eu.*",
                    "foo*",
                    "a.>b.c",
                    "a.b>",
                    "_INBOX.abc.*",
                    "a\fb"
                })
        @DisplayName("accepts literal tokens, '*' anywhere, and '>' as the last token")
        void accepts(String filter) {
            assertThat(Subjects.isValidFilter(filter)).isTrue();
        }

        @ParameterizedTest(name = "rejects \"{0}\"")
        @NullAndEmptySource
        @ValueSource(
                strings = {
                    " ", "a b", "a\tb", "a\rb", "a\nb", "a..b", ".a", "a.", ".", "a.>.b", ">.a", ">.>", "foo..>", "*.",
                    "a.* "
                })
        @DisplayName("rejects null, empty, whitespace, empty tokens and '>' before the last token")
        void rejects(String filter) {
            assertThat(Subjects.isValidFilter(filter)).isFalse();
        }
    }

    @Nested
    @DisplayName("requireValidSubject and requireValidFilter")
    class Require {

        @Test
        @DisplayName("return what they were given when it is valid")
        void returnTheArgument() {
            String subject = "orders.eu.created";
            String filter = "orders.*.>";
            assertThat(Subjects.requireValidSubject(subject)).isSameAs(subject);
            assertThat(Subjects.requireValidFilter(filter)).isSameAs(filter);
        }

        @ParameterizedTest(name = "subject \"{0}\": {1}")
        @CsvSource(delimiter = '|', textBlock = """
                ''          | A subject must not be empty
                'a b'       | A subject has no whitespace: 'a b'
                'a..b'      | A subject has no empty tokens: 'a..b'
                'a.'        | A subject has no empty tokens: 'a.'
                'a.*'       | A subject to publish on has no wildcards: 'a.*'
                '>'         | A subject to publish on has no wildcards: '>'
                'a. b'      | A subject has no whitespace: 'a. b'
                '..*'       | A subject has no empty tokens: '..*'
                """)
        @DisplayName("name the first thing wrong with a subject: empty, whitespace, an empty token, a wildcard")
        void subjectMessages(String subject, String message) {
            assertThatThrownBy(() -> Subjects.requireValidSubject(subject))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @ParameterizedTest(name = "filter \"{0}\": {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                ""          | A filter must not be empty
                "a\tb"      | A filter has no whitespace: 'a\tb'
                .a          | A filter has no empty tokens: '.a'
                a.>.b       | '>' may only be the last token: 'a.>.b'
                >..b        | A filter has no empty tokens: '>..b'
                """)
        @DisplayName("name the first thing wrong with a filter: empty, whitespace, an empty token, '>' not last")
        void filterMessages(String filter, String message) {
            assertThatThrownBy(() -> Subjects.requireValidFilter(filter))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }

        @Test
        @DisplayName("call null empty, as the boolean forms treat it")
        void nullIsEmpty() {
            assertThatThrownBy(() -> Subjects.requireValidSubject(null)).hasMessage("A subject must not be empty");
            assertThatThrownBy(() -> Subjects.requireValidFilter(null)).hasMessage("A filter must not be empty");
        }

        @Test
        @DisplayName("agree with the boolean forms on every seeded string")
        void agreeWithTheBooleanForms() {
            for (String text : randomTexts(new Random(SEED), 5_000)) {
                assertThat(throwsFor(() -> Subjects.requireValidSubject(text)))
                        .as("requireValidSubject(\"%s\") throws", text)
                        .isEqualTo(!Subjects.isValidPublishSubject(text));
                assertThat(throwsFor(() -> Subjects.requireValidFilter(text)))
                        .as("requireValidFilter(\"%s\") throws", text)
                        .isEqualTo(!Subjects.isValidFilter(text));
            }
        }

        private static boolean throwsFor(Runnable check) {
            try {
                check.run();
                return false;
            } catch (IllegalArgumentException invalid) {
                return true;
            }
        }
    }

    @Nested
    @DisplayName("hasEmptyToken")
    class EmptyTokens {

        @ParameterizedTest(name = "\"{0}\" has one")
        @ValueSource(strings = {"", ".", "..", "a.", ".a", "a..b", "a.b.", "*..>"})
        @DisplayName("finds an empty token at the start, in the middle, at the end, and in the empty subject")
        void finds(String subject) {
            assertThat(Subjects.hasEmptyToken(subject)).isTrue();
        }

        @ParameterizedTest(name = "\"{0}\" has none")
        @ValueSource(strings = {"a", "a.b", "orders.*.>", "a b"})
        @DisplayName("finds none where every token has a character")
        void findsNone(String subject) {
            assertThat(Subjects.hasEmptyToken(subject)).isFalse();
        }
    }

    @Nested
    @DisplayName("tokens")
    class Tokens {

        @Test
        @DisplayName("splits at every dot and keeps empty tokens")
        void splits() {
            assertThat(Subjects.tokens("orders.eu.created")).containsExactly("orders", "eu", "created");
            assertThat(Subjects.tokens("orders")).containsExactly("orders");
            assertThat(Subjects.tokens("orders.*.>")).containsExactly("orders", "*", ">");
            assertThat(Subjects.tokens("")).containsExactly("");
            assertThat(Subjects.tokens("a.")).containsExactly("a", "");
            assertThat(Subjects.tokens(".a")).containsExactly("", "a");
            assertThat(Subjects.tokens("a..b")).containsExactly("a", "", "b");
            assertThat(Subjects.tokens(".")).containsExactly("", "");
        }

        @Test
        @DisplayName("gives what split(\"\\\\.\", -1) gives, on every seeded string")
        void likeSplit() {
            for (String text : randomTexts(new Random(SEED), 5_000)) {
                assertThat(Subjects.tokens(text)).as("tokens(\"%s\")", text).containsExactly(text.split("\\.", -1));
            }
        }
    }

    @Nested
    @DisplayName("matches")
    class Matching {

        @ParameterizedTest(name = "\"{0}\" matches \"{1}\": {2}")
        @CsvSource(delimiter = '|', textBlock = """
                orders.eu      | orders.eu          | true
                orders.eu      | orders.us          | false
                orders.eu      | Orders.eu          | false
                orders.eu      | orders.eu.created  | false
                orders.eu      | orders             | false
                orders         | orders2            | false
                orders2        | orders             | false
                foo.bar        | foo.barx           | false
                foo.bar        | foox.bar           | false
                ab.c           | a.bc               | false
                orders.*       | orders.eu          | true
                orders.*       | orders             | false
                orders.*       | orders.eu.created  | false
                *.eu.*         | orders.eu.created  | true
                *.eu.*         | orders.us.created  | false
                *              | orders             | true
                *              | orders.eu          | false
                orders.>       | orders.eu          | true
                orders.>       | orders.eu.created  | true
                orders.>       | orders             | false
                orders.>       | ordersx.eu         | false
                >              | orders             | true
                >              | orders.eu.created  | true
                *.>            | orders             | false
                *.>            | orders.eu          | true
                orders.*.>     | orders.eu          | false
                orders.*.>     | orders.eu.a.b      | true
                foo*           | foo*               | true
                foo*           | fooX               | false
                foo*.>         | foo*.a             | true
                """)
        @DisplayName("'*' is one token, '>' one or more at the end, every other token must be equal")
        void wildcards(String filter, String subject, boolean expected) {
            assertThat(Subjects.matches(filter, subject)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "\"{0}\" matches \"{1}\": {2}")
        @CsvSource(delimiter = '|', textBlock = """
                orders.*       | orders.*           | true
                orders.>       | orders.*           | true
                >              | orders.*           | true
                orders.eu      | orders.*           | false
                orders.>       | orders.>           | true
                orders.eu      | orders.>           | false
                orders.*       | orders.>           | true
                """)
        @DisplayName("a wildcard in a published subject is a plain token, as nats-server routes it")
        void wildcardInASubject(String filter, String subject, boolean expected) {
            assertThat(Subjects.matches(filter, subject)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "\"{0}\" matches \"{1}\": false")
        @CsvSource(delimiter = '|', textBlock = """
                >              | ''
                *              | ''
                >              | .
                >              | a.
                >              | .a
                >              | a..b
                a.>            | a.b.
                a.>            | a.b..c
                a.*            | a.
                *.a            | .a
                a.*.b          | a..b
                *.*            | .
                """)
        @DisplayName("a subject with an empty token matches nothing, not even '>', as nats-server routes it to nobody")
        void emptyTokens(String filter, String subject) {
            assertThat(Subjects.matches(filter, subject)).isFalse();
        }

        @Test
        @DisplayName("agrees with step 1's token-by-token walk on seeded valid filters and subjects")
        void likeStepOne() {
            Random random = new Random(SEED);
            for (int i = 0; i < 20_000; i++) {
                String filter = randomFilter(random);
                String subject = random.nextInt(4) == 0 ? subjectMatching(filter, random) : randomSubject(random);
                assertThat(Subjects.matches(filter, subject))
                        .as("matches(\"%s\", \"%s\")", filter, subject)
                        .isEqualTo(splittingMatch(filter, subject));
            }
        }
    }

    @Test
    @DisplayName("validating and matching allocate nothing, so a broker may call them for every message")
    void allocatesNothing() {
        assumeThat(ManagementFactory.getThreadMXBean()).isInstanceOf(com.sun.management.ThreadMXBean.class);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        callEveryMethod(20_000); // warm up: load the classes, let the JIT compile
        long before = threads.getCurrentThreadAllocatedBytes();
        int hits = callEveryMethod(20_000);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(hits).isPositive();
        // 2,000,000 calls: one small object each would be 32 MB; reading the counter costs a few bytes.
        assertThat(allocated).as("bytes allocated by 2,000,000 calls").isLessThan(4_000);
    }

    private static int callEveryMethod(int rounds) {
        String[] filters = {"orders.*.created", "orders.>", ">", "orders.eu.created", "a.>.b"};
        String[] subjects = {"orders.eu.created", "orders.us.shipped", "orders..x", "orders.eu.created.late", "a b"};
        int hits = 0;
        for (int round = 0; round < rounds; round++) {
            for (String filter : filters) {
                for (String subject : subjects) {
                    hits += Subjects.matches(filter, subject) ? 1 : 0;
                    hits += Subjects.isValidFilter(filter) ? 1 : 0;
                    hits += Subjects.isValidPublishSubject(subject) ? 1 : 0;
                    hits += Subjects.hasEmptyToken(subject) ? 1 : 0;
                }
            }
        }
        return hits;
    }

    /** Step 1's algorithm, the one a learner writes: split both, walk the tokens side by side. */
    private static boolean splittingMatch(String filter, String subject) {
        String[] filterTokens = filter.split("\\.", -1);
        String[] subjectTokens = subject.split("\\.", -1);
        for (int i = 0; i < filterTokens.length; i++) {
            if (filterTokens[i].equals(">")) {
                return subjectTokens.length > i;
            }
            if (i >= subjectTokens.length
                    || !(filterTokens[i].equals("*") || filterTokens[i].equals(subjectTokens[i]))) {
                return false;
            }
        }
        return filterTokens.length == subjectTokens.length;
    }

    private static final String[] WORDS = {"orders", "eu", "us", "created", "o", "ord", "orders2", "*", ">", "foo*", "e"
    };

    /** A valid filter of one to four tokens, '>' only last. */
    private static String randomFilter(Random random) {
        int length = 1 + random.nextInt(4);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            String token = WORDS[random.nextInt(WORDS.length)];
            tokens.add(token.equals(">") && i < length - 1 ? "*" : token);
        }
        String filter = String.join(".", tokens);
        assertThat(Subjects.isValidFilter(filter))
                .as("test data: a valid filter %s", filter)
                .isTrue();
        return filter;
    }

    /** A subject of one to five tokens; it may hold wildcard tokens, which a published subject treats as names. */
    private static String randomSubject(Random random) {
        int length = 1 + random.nextInt(5);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            tokens.add(WORDS[random.nextInt(WORDS.length)]);
        }
        return String.join(".", tokens);
    }

    /** A subject the filter matches: its literals, a word for each '*', one to three words for '>'. */
    private static String subjectMatching(String filter, Random random) {
        List<String> tokens = new ArrayList<>();
        for (String token : filter.split("\\.")) {
            switch (token) {
                case "*" -> tokens.add(WORDS[random.nextInt(5)]);
                case ">" -> {
                    for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                        tokens.add(WORDS[random.nextInt(5)]);
                    }
                }
                default -> tokens.add(token);
            }
        }
        return String.join(".", tokens);
    }

    /** Strings of dots, letters, wildcards and whitespace, valid or not. */
    private static List<String> randomTexts(Random random, int count) {
        String alphabet = "..ab*>. \t\n\r\f";
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = 0, n = random.nextInt(7); j < n; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
