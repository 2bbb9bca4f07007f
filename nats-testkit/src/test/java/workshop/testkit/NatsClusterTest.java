package workshop.testkit;

import io.nats.client.Connection;
import io.nats.client.JetStreamManagement;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import io.nats.client.api.StreamInfo;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NatsClusterTest {

    @Test
    @DisplayName("three nodes form a JetStream cluster, and an R3 stream keeps its messages when its leader stops")
    void replicatedStreamSurvivesItsLeader() throws Exception {
        ServerAssumptions.assumeLocalBinary("a 3-node cluster");
        try (NatsCluster cluster = NatsCluster.start("testkit", 3);
             Connection connection = cluster.connect()) {
            JetStreamManagement management = connection.jetStreamManagement();
            management.addStream(StreamConfiguration.builder()
                    .name("REPLICATED").subjects("testkit.replicated").storageType(StorageType.File).replicas(3).build());
            connection.jetStream().publish("testkit.replicated", "kept".getBytes(StandardCharsets.UTF_8));

            StreamInfo before = management.getStreamInfo("REPLICATED");
            String leader = before.getClusterInfo().getLeader();
            assertThat(before.getClusterInfo().getReplicas()).hasSize(2);
            cluster.node(leader).stop();

            await().atMost(Duration.ofSeconds(15)).ignoreExceptions().untilAsserted(() -> {
                StreamInfo after = management.getStreamInfo("REPLICATED");
                assertThat(after.getClusterInfo().getLeader()).isNotNull().isNotEqualTo(leader);
                assertThat(after.getStreamState().getMsgCount()).isEqualTo(1);
            });
        }
    }
}
