package workshop.step07.use;

import static org.assertj.core.api.Assertions.assertThat;

import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 7.4: expected last subject sequence, optimistic concurrency on an event stream. */
@NatsServerTest
class OptimisticAppendTest {

    private static final Exercise EXERCISE = Exercise.of("7.4");

    @Test
    @DisplayName("7.4 of two writers that read the same version, the second is refused and wins after reloading")
    void secondWriterReloads(
            JetStream jetStream, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String stream = resources.stream("TICKETS");
        String root = "tickets" + random.nextInt(1000);
        management.addStream(StreamConfiguration.builder()
                .name(stream)
                .subjects(root + ".>")
                .storageType(StorageType.Memory)
                .build());
        String subject = root + ".t-" + random.nextInt(1000);

        OptionalLong created = OptimisticAppend.appendIfUnchanged(jetStream, subject, event("created"), 0);
        assertThat(created)
                .as(EXERCISE.says("the first event of a new subject is appended when 0 is expected"))
                .isPresent();

        long bothRead = created.getAsLong(); // two writers read the ticket at this sequence
        OptionalLong alice = OptimisticAppend.appendIfUnchanged(jetStream, subject, event("price 25"), bothRead);
        OptionalLong bob = OptimisticAppend.appendIfUnchanged(jetStream, subject, event("price 20"), bothRead);

        assertThat(alice)
                .as(EXERCISE.says("the first writer's append succeeds"))
                .isPresent();
        assertThat(bob)
                .as(EXERCISE.says(
                        "the second writer expected sequence %d, but the subject moved on to %s: refused, empty",
                        bothRead, alice))
                .isEmpty();

        long reloaded = management.getLastMessage(stream, subject).getSeq();
        OptionalLong bobAgain = OptimisticAppend.appendIfUnchanged(jetStream, subject, event("price 20"), reloaded);
        assertThat(bobAgain)
                .as(EXERCISE.says("after reloading, the second writer's append succeeds"))
                .isPresent();
        assertThat(management.getStreamInfo(stream).getStreamState().getMsgCount())
                .as(EXERCISE.says("three events appended, the refused one not"))
                .isEqualTo(3);
    }

    @Test
    @DisplayName("7.4 the check is per subject: writes to other tickets do not conflict")
    void perSubject(JetStream jetStream, JetStreamManagement management, TestResources resources, Random random)
            throws Exception {
        String root = "seats" + random.nextInt(1000);
        management.addStream(StreamConfiguration.builder()
                .name(resources.stream("SEATS"))
                .subjects(root + ".>")
                .storageType(StorageType.Memory)
                .build());
        String mine = root + ".s-" + random.nextInt(1000);

        long myLast = OptimisticAppend.appendIfUnchanged(jetStream, mine, event("reserved"), 0)
                .orElseThrow();
        for (int i = 0; i < 3; i++) {
            jetStream.publish(root + ".other-" + i, event("reserved")); // other subjects, same stream
        }
        OptionalLong mineAgain = OptimisticAppend.appendIfUnchanged(jetStream, mine, event("released"), myLast);

        assertThat(mineAgain)
                .as(EXERCISE.says("appends to other subjects of the stream do not change %s's last sequence", mine))
                .isPresent();
        assertThat(OptimisticAppend.appendIfUnchanged(jetStream, root + ".brand-new", event("reserved"), myLast))
                .as(EXERCISE.says("expecting sequence %d on a subject that has no message yet is refused", myLast))
                .isEmpty();
    }

    private static byte[] event(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
