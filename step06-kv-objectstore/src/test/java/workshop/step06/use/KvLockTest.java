package workshop.step06.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.Exercise;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

/** Exercise 6.10: a lease lock from create and the bucket's TTL. */
@NatsServerTest
class KvLockTest {

    private static final Exercise EXERCISE = Exercise.of("6.10");

    @Test
    @DisplayName("6.10 one contender gets the lock; after its release the next one does")
    void oneHolderAtATime(Connection connection, TestResources resources, Random random) throws Exception {
        KeyValue locks = bucket(connection, resources.bucket("locks"), Duration.ofMinutes(1));
        String lock = "invoice-run-" + random.nextInt(100);

        OptionalLong alice = KvLock.tryAcquire(locks, lock, "alice");
        OptionalLong bob = KvLock.tryAcquire(locks, lock, "bob");

        assertThat(alice)
                .as(EXERCISE.says("the first contender takes the free lock"))
                .isPresent();
        assertThat(bob)
                .as(EXERCISE.says("the second is refused while alice holds it"))
                .isEmpty();
        assertThat(locks.get(lock).getValueAsString())
                .as(EXERCISE.says("the lock's value names its holder"))
                .isEqualTo("alice");

        assertThat(KvLock.release(locks, lock, alice.getAsLong()))
                .as(EXERCISE.says("alice releases her lock"))
                .isTrue();
        assertThat(KvLock.tryAcquire(locks, lock, "bob"))
                .as(EXERCISE.says("after the release, bob gets it"))
                .isPresent();
    }

    @Test
    @DisplayName(
            "6.10 a holder that never releases loses the lock when the TTL expires, and cannot release the next holder's lock")
    void leaseExpires(Connection connection, TestResources resources) throws Exception {
        KeyValue leases = bucket(connection, resources.bucket("leases"), Duration.ofMillis(500));
        OptionalLong crashed = KvLock.tryAcquire(leases, "nightly-report", "worker-1");
        assertThat(crashed).as(EXERCISE.says("worker-1 takes the free lock")).isPresent();

        await().alias(EXERCISE.says("once the 500 ms TTL has removed the lock, another worker gets it"))
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .until(() ->
                        KvLock.tryAcquire(leases, "nightly-report", "worker-2").isPresent());

        assertThat(KvLock.release(leases, "nightly-report", crashed.getAsLong()))
                .as(EXERCISE.says("worker-1's old revision no longer releases anything: false"))
                .isFalse();
        assertThat(leases.get("nightly-report").getValueAsString())
                .as(EXERCISE.says("worker-2 still holds the lock"))
                .isEqualTo("worker-2");
    }

    private static KeyValue bucket(Connection connection, String name, Duration ttl) throws Exception {
        connection
                .keyValueManagement()
                .create(KeyValueConfiguration.builder()
                        .name(name)
                        .ttl(ttl)
                        .storageType(StorageType.Memory)
                        .build());
        return connection.keyValue(name);
    }
}
