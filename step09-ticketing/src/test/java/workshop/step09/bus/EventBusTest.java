package workshop.step09.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step09.events.EventType;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 9.2: the one stream every service makes at start, whoever starts first. */
@NatsServerTest
class EventBusTest {

    private static final Exercise EXERCISE = Exercise.of("9.2");

    @Test
    @DisplayName("9.2 ensureStream makes the stream: every subject under the prefix, the duplicate window")
    void makesTheStream(JetStreamManagement management, TestResources resources, Random random) throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofSeconds(90));

        bus.ensureStream(management);

        StreamConfiguration made = management.getStreamInfo(bus.stream()).getConfiguration();
        assertThat(made.getSubjects())
                .as(EXERCISE.says("the stream takes every event subject: all of %s.>", bus.prefix()))
                .containsExactly(bus.prefix() + ".>");
        assertThat(made.getDuplicateWindow())
                .as(EXERCISE.says("the stream's duplicate window is the bus's, so a repeated message id is dropped"))
                .isEqualTo(Duration.ofSeconds(90));
        assertThat(made.getStorageType())
                .as(EXERCISE.says("the events outlive a server restart: file storage"))
                .isEqualTo(StorageType.File);
        assertThat(bus.subjectOf(EventType.TICKET_CREATED))
                .as(EXERCISE.says("a ticket-created event's subject is under the stream's subjects"))
                .isEqualTo(bus.prefix() + ".tickets.created");
    }

    @Test
    @DisplayName("9.2 ensureStream again, as every service does at start, is no error and keeps the events")
    void twiceIsFine(JetStreamManagement management, TestResources resources, Random random) throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(2));
        bus.ensureStream(management);
        management.jetStream().publish(bus.subjectOf(EventType.TICKET_CREATED), "{}".getBytes());

        Throwable again = catchThrowable(() -> bus.ensureStream(management));

        assertThat(again)
                .as(EXERCISE.says(
                        "the second service to start finds the stream there: that is no error; got %s", again))
                .isNull();
        assertThat(management.getStreamInfo(bus.stream()).getStreamState().getMsgCount())
                .as(EXERCISE.says("making the stream again keeps what it holds"))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("9.2 ensureStream brings a stream of that name made with another configuration to the bus's")
    void updatesAnOlderStream(JetStreamManagement management, TestResources resources, Random random) throws Exception {
        EventBus bus = new EventBus(
                resources.stream("TICKETING"), "ticketing" + random.nextInt(100_000), Duration.ofMinutes(2));
        management.addStream(StreamConfiguration.builder()
                .name(bus.stream())
                .subjects(bus.prefix() + ".tickets.>") // an older release knew only tickets
                .storageType(StorageType.File)
                .duplicateWindow(Duration.ofSeconds(30))
                .build());

        Throwable failure = catchThrowable(() -> bus.ensureStream(management));

        assertThat(failure)
                .as(EXERCISE.says(
                        "a stream of that name with other subjects is there (an older release made it): update it to"
                                + " this configuration; got %s",
                        failure))
                .isNull();
        StreamInfo now = management.getStreamInfo(bus.stream());
        assertThat(now.getConfiguration().getSubjects())
                .as(EXERCISE.says("after ensureStream the stream takes every event subject, not only the old ones"))
                .containsExactly(bus.prefix() + ".>");
        assertThat(now.getConfiguration().getDuplicateWindow())
                .as(EXERCISE.says("and has the bus's duplicate window"))
                .isEqualTo(Duration.ofMinutes(2));
    }
}
