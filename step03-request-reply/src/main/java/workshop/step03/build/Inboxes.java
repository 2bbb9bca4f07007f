package workshop.step03.build;

import java.util.Objects;
import java.util.Random;

/**
 * Makes inbox subjects: {@code _INBOX.} followed by one random token that nobody else will ever draw,
 * so the reply to a request reaches the requester that asked and nobody else. Tokens come from the
 * {@link Random} given to the constructor: seeded, it gives the same inboxes again, which a test can
 * replay.
 */
public final class Inboxes {

    /** Every inbox starts with this; nats clients use the same prefix. */
    public static final String PREFIX = "_INBOX.";
    /** The characters a token is made of: letters and digits, never '.', '*', '>' or whitespace. */
    public static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    /** 62^22 is about 2^131 tokens: two equal ones will not happen while the sun shines. */
    public static final int TOKEN_LENGTH = 22;

    private final Random random;

    public Inboxes(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new random token of {@link #TOKEN_LENGTH} characters from {@link #ALPHABET}, drawn from the given Random. */
    public synchronized String newToken() {
        // TODO Exercise 3.1: Draw TOKEN_LENGTH characters from ALPHABET with the given Random.
        throw new UnsupportedOperationException("Exercise 3.1 is not solved yet: Make unique inboxes. Read step03-request-reply/README.md#31-make-unique-inboxes");
    }

    /** A new inbox subject: {@code _INBOX.<token>}. */
    public String newInbox() {
        return PREFIX + newToken();
    }
}
