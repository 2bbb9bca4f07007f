package workshop.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class ServerVersionConditionTest {

    /** Run only through the engine test kit below, never on its own (it is nested and not a test class). */
    @NatsServerTest
    static class NeedsTheFuture {
        @Test
        @NeedsNatsServer("99.0")
        void fromTheFuture() {
            throw new AssertionError("must be skipped, not run");
        }

        @Test
        @NeedsNatsServer("2.9")
        void fromThePast(NatsServer server) {
            assertThat(server.version().atLeast("2.9")).isTrue();
        }
    }

    @Test
    @DisplayName("a test that needs a newer server is skipped, saying what it needs, what runs and how to get more")
    void skipsWithTheReason() {
        var events = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.conditions.deactivate", "none")
                .selectors(selectClass(NeedsTheFuture.class))
                .execute()
                .testEvents();

        List<String> reasons = events.skipped().stream()
                .map(Event::getPayload)
                .flatMap(payload -> payload.stream().map(String::valueOf))
                .toList();
        assertThat(reasons)
                .singleElement()
                .asString()
                .startsWith("needs nats-server 99.0+ (a feature of that release); this run has ")
                .contains(NatsServers.source().describe())
                .contains("To run it, ");
        assertThat(events.succeeded().count())
                .as("the test an old server can run still runs")
                .isEqualTo(1);
    }

    @Test
    @DisplayName("an exercise's needsServer is read from the exercises.json of the test's step")
    void readsExerciseMetadata() {
        assertThat(ExerciseMetadata.exerciseId("11.3 pins a client")).contains("11.3");
        assertThat(ExerciseMetadata.exerciseId("a sentence")).isEmpty();
        assertThat(ExerciseMetadata.forTestClass(getClass()).needsServer("1.1"))
                .as("the kit's own tests belong to no step")
                .isEmpty();
    }

    @Test
    @DisplayName("an exercise that names needsServer gets it; the others need nothing")
    void exerciseNeedsServer(@TempDir Path root) throws IOException {
        Path step = Files.createDirectories(root.resolve("step11-future"));
        Files.writeString(step.resolve("exercises.json"), """
                {"module": "step11-future", "title": "Future", "minutes": 10, "exercises": [
                  {"id": "11.1", "title": "Old", "track": "Use", "file": "F.java", "test": "a.T", "goal": "g", "hints": []},
                  {"id": "11.2", "title": "New", "track": "Use", "file": "F.java", "test": "a.T", "goal": "g", "hints": [],
                   "needsServer": "2.11"}]}
                """);
        ExerciseMetadata metadata = ExerciseMetadata.load(step);
        assertThat(metadata.needsServer("11.2")).contains("2.11");
        assertThat(metadata.needsServer("11.1")).isEmpty();
    }
}
