package workshop.step04.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.JetStreamApiException;
import workshop.testkit.Exercise;

/** How the step's Use tests check that the server said no, and with which JetStream error code. */
final class Refusals {

    private Refusals() {}

    /**
     * Asserts that {@code outcome} is the server's refusal with {@code code}: a {@link JetStreamApiException},
     * not another exception and not a success, each failure saying {@code why} the server should refuse.
     */
    static void assertRefused(Exercise exercise, Throwable outcome, int code, String why) {
        assertThat(outcome).as(exercise.says(why)).isInstanceOf(JetStreamApiException.class);
        assertThat(((JetStreamApiException) outcome).getApiErrorCode())
                .as(exercise.says(why + ": the server's JetStream error code"))
                .isEqualTo(code);
    }
}
