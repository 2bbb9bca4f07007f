package workshop.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The oldest nats-server release a test (or every test of a class) runs on. On an older server
 * the test is skipped, never failed, with a line that says what it needs, what this run has and how
 * to get a newer one.
 *
 * <p>A whole exercise that needs a newer server says so once, in its step's {@code exercises.json}
 * ({@code "needsServer": "2.11"}); this annotation is for a single test beyond that.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServerVersionCondition.class)
public @interface NeedsNatsServer {

    /** A release such as {@code "2.11"} or {@code "2.10.23"}. */
    String value();
}
