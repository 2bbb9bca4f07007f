package workshop.step06.use;

import io.nats.client.Connection;
import io.nats.client.KeyValue;
import io.nats.client.api.KeyValueConfiguration;
import io.nats.client.api.StorageType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.testkit.NatsServerTest;
import workshop.testkit.TestResources;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Exercise 6.10: a lease lock from create and the bucket's TTL. */
@NatsServerTest
class KvLockTest {

    private static final String README = " (see step06-kv-objectstore/README.md#610-a-lock-with-create-and-a-ttl)";

    @Test
    @DisplayName("6.10 one contender gets the lock; after its release the next one does")
    void oneHolderAtATime(Connection connection, TestResources resources, Random random) throws Exception {
        KeyValue locks = bucket(connection, resources.bucket("locks"), Duration.ofMinutes(1));
        String lock = "invoice-run-" + random.nextInt(100);

        OptionalLong alice = KvLock.tryAcquire(locks, lock, "alice");
        OptionalLong bob = KvLock.tryAcquire(locks, lock, "bob");

        assertThat(alice).as("Exercise 6.10: the first contender takes the free lock%s", README).isPresent();
        assertThat(bob).as("Exercise 6.10: the second is refused while alice holds it" + README).isEmpty();
        assertThat(locks.get(lock).getValueAsString()).as("the lock's value names its holder").isEqualTo("alice");

        assertThat(KvLock.release(locks, lock, alice.getAsLong())).as("Exercise 6.10: alice releases her lock" + README).isTrue();
        assertThat(KvLock.tryAcquire(locks, lock, "bob")).as("Exercise 6.10: after the release, bob gets it").isPresent();
    }

    @Test
    @DisplayName("6.10 a holder that never releases loses the lock when the TTL expires, and cannot release the next holder's lock")
    void leaseExpires(Connection connection, TestResources resources) throws Exception {
        KeyValue leases = bucket(connection, resources.bucket("leases"), Duration.ofMillis(500));
        OptionalLong crashed = KvLock.tryAcquire(leases, "nightly-report", "worker-1");
        assertThat(crashed).as("Exercise 6.10: worker-1 takes the free lock" + README).isPresent();

        await().alias("Exercise 6.10: once the 500 ms TTL has removed the lock, another worker gets it" + README)
                .atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> KvLock.tryAcquire(leases, "nightly-report", "worker-2").isPresent());

        assertThat(KvLock.release(leases, "nightly-report", crashed.getAsLong()))
                .as("Exercise 6.10: worker-1's old revision no longer releases anything: false%s", README).isFalse();
        assertThat(leases.get("nightly-report").getValueAsString()).as("worker-2 still holds the lock").isEqualTo("worker-2");
    }

    private static KeyValue bucket(Connection connection, String name, Duration ttl) throws Exception {
        connection.keyValueManagement().create(KeyValueConfiguration.builder().name(name).ttl(ttl).storageType(StorageType.Memory).build());
        return connection.keyValue(name);
    }
}
