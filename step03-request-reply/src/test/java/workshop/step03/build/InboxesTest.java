package workshop.step03.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import workshop.given.Subjects;
import workshop.testkit.Exercise;
import workshop.testkit.SeededRandomResolver;

/** Exercise 3.1: unique, random inbox subjects. */
@ExtendWith(SeededRandomResolver.class)
class InboxesTest {

    private static final Exercise EXERCISE = Exercise.of("3.1");

    @Test
    @DisplayName("3.1 an inbox is _INBOX. and one token of 22 letters and digits")
    void shape(Random random) {
        Inboxes inboxes = new Inboxes(random);
        for (int i = 0; i < 100; i++) {
            String inbox = inboxes.newInbox();
            assertThat(inbox)
                    .as(EXERCISE.says("an inbox is _INBOX. and one token of 22 letters and digits"))
                    .startsWith("_INBOX.")
                    .matches("_INBOX\\.[0-9A-Za-z]{22}");
            Subjects.requireValidSubject(inbox);
        }
    }

    @Test
    @DisplayName("3.1 never makes the same inbox twice")
    void unique(Random random) {
        Inboxes inboxes = new Inboxes(random);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(inboxes.newInbox());
        }
        assertThat(seen).as(EXERCISE.says("10,000 inboxes, all different")).hasSize(10_000);
    }

    @Test
    @DisplayName("3.1 uses every character of the alphabet, each about as often")
    void usesTheWholeAlphabet(Random random) {
        Inboxes inboxes = new Inboxes(random);
        int[] counts = new int[128];
        for (int i = 0; i < 2_000; i++) {
            inboxes.newToken().chars().forEach(c -> counts[c]++);
        }
        // 44,000 characters, about 710 of each of 62; a uniform draw gives any one fewer than 450 with
        // probability below 1e-19.
        for (char c : Inboxes.ALPHABET.toCharArray()) {
            assertThat(counts[c])
                    .as(EXERCISE.says(
                            "how often '%s' appears in 2,000 tokens: every character of ALPHABET is drawn, and"
                                    + " nextInt(n) already stops before n",
                            c))
                    .isGreaterThan(450);
        }
    }

    @Test
    @DisplayName("3.1 draws only from the Random it is given, so a seed replays the same inboxes")
    void reproducible(Random random) {
        long seed = random.nextLong();
        assertThat(tenInboxes(new Random(seed)))
                .as(EXERCISE.says(
                        "equally seeded Randoms give equal inboxes: draw every character from the given Random"))
                .isEqualTo(tenInboxes(new Random(seed)))
                .isNotEqualTo(tenInboxes(new Random(seed + 1)));
    }

    private static List<String> tenInboxes(Random random) {
        Inboxes inboxes = new Inboxes(random);
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            made.add(inboxes.newInbox());
        }
        return made;
    }
}
