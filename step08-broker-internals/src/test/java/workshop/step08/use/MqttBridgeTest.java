package workshop.step08.use;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.nats.client.Connection;
import io.nats.client.JetStreamApiException;
import io.nats.client.JetStreamManagement;
import io.nats.client.Message;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.api.ConsumerInfo;
import io.nats.client.api.MessageInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.step08.use.MqttBridge.Received;
import workshop.testkit.ConfiguredNatsServer;
import workshop.testkit.Exercise;

/**
 * Exercise 8.23: Eclipse Paho devices on the server's MQTT listener, jnats clients on its NATS port, the
 * same messages both ways; QoS 1 and a persistent session, kept by the server in JetStream.
 */
class MqttBridgeTest {

    private static final Exercise EXERCISE = Exercise.of("8.23");
    private static final Duration WAIT = Duration.ofSeconds(3);

    private static ConfiguredNatsServer server;
    private static boolean dotsInTopics; // nats-server 2.10.0 and newer: a '.' in a topic becomes "//"

    private final Random random = new Random(823);
    private final List<MqttClient> devices = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        // The kit writes the MQTT listener, and the JetStream store and server_name it needs.
        server = ConfiguredNatsServer.builder("mqtt").mqtt().start();
        dotsInTopics = server.version().atLeast("2.10.0");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void disconnectDevices() {
        for (MqttClient device : devices) {
            try {
                if (device.isConnected()) {
                    device.disconnect(0);
                }
                device.close();
            } catch (MqttException ignored) {
                // the device is gone either way
            }
        }
    }

    @Test
    @DisplayName("8.23 toNatsSubject turns '/' into '.', '+' into '*', '#' into '>' and a dot into '//'")
    void topicsBecomeSubjects() {
        int room = random.nextInt(100);
        assertThat(MqttBridge.toNatsSubject("sensors/room" + room + "/temp"))
                .as(EXERCISE.says("each '/' between a topic's levels becomes the subject's '.'"))
                .isEqualTo("sensors.room" + room + ".temp");
        assertThat(MqttBridge.toNatsSubject("sensors/+/temp"))
                .as(EXERCISE.says("MQTT's one-level wildcard '+' becomes NATS' '*'"))
                .isEqualTo("sensors.*.temp");
        assertThat(MqttBridge.toNatsSubject("sensors/room" + room + "/#"))
                .as(EXERCISE.says("MQTT's multi-level wildcard '#' becomes NATS' '>'"))
                .isEqualTo("sensors.room" + room + ".>");
        assertThat(MqttBridge.toNatsSubject("firmware/v1." + room + "/status"))
                .as(EXERCISE.says("a '.' inside a topic's level becomes // in the subject, so that NATS does not"
                        + " read it as a separator: firmware/v1.2/status is firmware.v1//2.status"))
                .isEqualTo("firmware.v1//" + room + ".status");
    }

    @Test
    @DisplayName("8.23 toMqttTopic turns a subject back into its topic, '//' into the dot it stands for")
    void subjectsBecomeTopics() {
        int room = random.nextInt(100);
        assertThat(MqttBridge.toMqttTopic("sensors.room" + room + ".temp"))
                .as(EXERCISE.says("each '.' of the subject becomes a '/' between the topic's levels"))
                .isEqualTo("sensors/room" + room + "/temp");
        assertThat(MqttBridge.toMqttTopic("sensors.*.>"))
                .as(EXERCISE.says("'*' and '>' become MQTT's wildcards '+' and '#'"))
                .isEqualTo("sensors/+/#");
        assertThat(MqttBridge.toMqttTopic("firmware.v1//" + room + ".status"))
                .as(EXERCISE.says("// stands for a dot of the topic: firmware.v1//2.status is firmware/v1.2/status"
                        + " (once // is a dot, that dot is not a separator: it never becomes '/')"))
                .isEqualTo("firmware/v1." + room + "/status");
    }

    @Test
    @DisplayName(
            "8.23 a device's publish on sensors/roomN/temp reaches a jnats subscriber on toNatsSubject(sensors/+/temp)")
    void deviceReachesNatsSubscriber() throws Exception {
        String topic = "sensors/room" + random.nextInt(1000) + "/temp";
        String filter = MqttBridge.toNatsSubject("sensors/+/temp");
        MqttClient thermometer = device("thermometer-" + random.nextInt(1000), true, new LinkedBlockingQueue<>());
        try (Connection nats = natsClient()) {
            var subscription = nats.subscribe(filter);
            nats.flush(WAIT); // the subscription is in place before the device publishes

            MqttBridge.publish(thermometer, topic, "21.5", 0);
            Message message = subscription.nextMessage(WAIT);

            assertThat(message == null ? null : message.getSubject() + " " + text(message))
                    .as(EXERCISE.says(
                            "the device's message on %s reaches the jnats subscriber on %s, on the subject"
                                    + " sensors.roomN.temp",
                            topic, filter))
                    .isEqualTo(topic.replace('/', '.') + " 21.5");
        }
    }

    @Test
    @DisplayName("8.23 a jnats publish on sensors.roomN.temp reaches a device subscribed to sensors/+/temp")
    void natsPublisherReachesDevice() throws Exception {
        String subject = "sensors.room" + random.nextInt(1000) + ".temp";
        BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
        MqttClient display = device("display-" + random.nextInt(1000), true, inbox);
        MqttBridge.subscribe(display, "sensors/+/temp", 0);
        try (Connection nats = natsClient()) {
            nats.publish(subject, "19.0".getBytes(StandardCharsets.UTF_8));
            nats.flush(WAIT);

            Received received = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);

            assertThat(received)
                    .as(EXERCISE.says(
                            "the device subscribed (subscribe) to sensors/+/temp receives the jnats message on %s,"
                                    + " on the topic toMqttTopic gives, %s; it received %s",
                            subject, MqttBridge.toMqttTopic(subject), received))
                    .isEqualTo(new Received(subject.replace('.', '/'), "19.0", 0));
        }
    }

    @Test
    @DisplayName("8.23 a dot in a topic: 2.10+ carry firmware/v1.N/status as firmware.v1//N.status; 2.9.10 refuse it")
    void dotsInTopics() throws Exception {
        String version = "v1." + random.nextInt(100);
        String topic = "firmware/" + version + "/status";
        String subject = MqttBridge.toNatsSubject(topic);
        MqttClient updater = device("updater-" + random.nextInt(1000), true, new LinkedBlockingQueue<>());
        if (!dotsInTopics) {
            // nats-server 2.9.10: "characters ' ' and '.' not supported for MQTT topics", and it closes the device.
            catchThrowable(() -> MqttBridge.publish(updater, topic, "installed", 1));
            assertThat(server.awaitLogLine("not supported for MQTT topics", false, WAIT))
                    .as(EXERCISE.says("nats-server before 2.10 refuses a '.' in an MQTT topic, and says so in its log"))
                    .isPresent();
            return;
        }
        BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
        MqttClient console = device("console-" + random.nextInt(1000), true, inbox);
        MqttBridge.subscribe(console, "firmware/+/status", 0);
        try (Connection nats = natsClient()) {
            var subscription = nats.subscribe(subject);
            nats.flush(WAIT);

            MqttBridge.publish(updater, topic, "installed", 0);
            Message message = subscription.nextMessage(WAIT);
            assertThat(message == null ? null : message.getSubject())
                    .as(EXERCISE.says(
                            "the device's message on %s reaches the jnats subscriber on toNatsSubject's %s: a dot"
                                    + " becomes //",
                            topic, subject))
                    .isEqualTo("firmware.v1//" + version.substring(3) + ".status");
            inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS); // the console's copy of the device's message

            nats.publish(subject, "rolled back".getBytes(StandardCharsets.UTF_8));
            Received received = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(received)
                    .as(EXERCISE.says(
                            "a jnats message on %s reaches a device on firmware/+/status with its dot back,"
                                    + " on %s, as toMqttTopic says",
                            subject, MqttBridge.toMqttTopic(subject)))
                    .isEqualTo(new Received(topic, "rolled back", 0));
        }
    }

    @Test
    @DisplayName("8.23 the server keeps MQTT's state in JetStream: $MQTT_ streams, made when the first device connects")
    void mqttStreams() throws Exception {
        device("probe-" + random.nextInt(1000), true, new LinkedBlockingQueue<>());
        try (Connection nats = natsClient()) {
            List<String> streams = nats.jetStreamManagement().getStreamNames();
            List<String> expected = new ArrayList<>(List.of("$MQTT_msgs", "$MQTT_rmsgs", "$MQTT_sess"));
            if (dotsInTopics) {
                expected.addAll(List.of("$MQTT_out", "$MQTT_qos2in")); // QoS 2, new in 2.10.0
            }
            assertThat(streams)
                    .as(EXERCISE.says(
                            "once a device connected (connect), nats-server %s has its MQTT streams %s",
                            server.version(), expected))
                    .containsAll(expected);
        }
    }

    @Test
    @DisplayName("8.23 a persistent session (cleanSession=false) gets the QoS 1 message published while it was away")
    void persistentSessionGetsWhatItMissed() throws Exception {
        String displayId = "wall-display-" + random.nextInt(1000);
        String room = "room" + random.nextInt(1000);
        String filter = "alerts" + room + "/+";
        String topic = "alerts" + room + "/smoke";
        try (Connection nats = natsClient()) {
            JetStreamManagement jsm = nats.jetStreamManagement();

            MqttClient display = device(displayId, false, new LinkedBlockingQueue<>());
            MqttBridge.subscribe(display, filter, 1);
            assertThat(consumerFilters(jsm))
                    .as(EXERCISE.says(
                            "a QoS 1 subscription (subscribe with qos 1) is a JetStream consumer on $MQTT_msgs,"
                                    + " filtered on $MQTT.msgs.alerts%s.*",
                            room))
                    .contains("$MQTT.msgs.alerts" + room + ".*");

            display.disconnect(0); // the display goes away; its session stays
            display.close();
            devices.remove(display);
            assertThat(consumerFilters(jsm))
                    .as(EXERCISE.says(
                            "the server keeps a session that connected with cleanSession=false, and its consumer,"
                                    + " after the device disconnected"))
                    .contains("$MQTT.msgs.alerts" + room + ".*");

            MqttClient alarm = device("smoke-alarm-" + random.nextInt(1000), true, new LinkedBlockingQueue<>());
            MqttBridge.publish(alarm, topic, "smoke in " + room, 1);
            assertThat(stored(jsm, "$MQTT.msgs.alerts" + room + ".smoke"))
                    .as(EXERCISE.says(
                            "a message published with QoS 1 (publish with qos 1) is stored in $MQTT_msgs on"
                                    + " $MQTT.msgs.alerts%s.smoke while the session (cleanSession=false) is away",
                            room))
                    .isEqualTo("smoke in " + room);

            BlockingQueue<Received> inbox = new LinkedBlockingQueue<>();
            device(displayId, false, inbox); // back, with the same client id, without subscribing again
            Received missed = inbox.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(missed)
                    .as(EXERCISE.says(
                            "the display reconnecting with the same client id %s and cleanSession=false gets the QoS 1"
                                    + " message it missed, as soon as it is connected (connect's callback fills the"
                                    + " inbox)",
                            displayId))
                    .isEqualTo(new Received(topic, "smoke in " + room, 1));
            Awaitility.await()
                    .atMost(WAIT)
                    .alias(EXERCISE.says("once the display acknowledged it, $MQTT_msgs lets the message go"))
                    .until(() -> stored(jsm, "$MQTT.msgs.alerts" + room + ".smoke") == null);
        }
    }

    /** A device connected with the exercise's connect, disconnected after the test. */
    private MqttClient device(String clientId, boolean cleanSession, BlockingQueue<Received> inbox) {
        MqttClient[] device = new MqttClient[1];
        Throwable failure = catchThrowable(
                () -> device[0] = MqttBridge.connect(server.mqttUrl(), clientId, cleanSession, inbox, WAIT));
        if (failure instanceof UnsupportedOperationException unsolved) {
            throw unsolved; // the skeleton's own words: which exercise is not solved yet
        }
        assertThat(failure)
                .as(EXERCISE.says(
                        "an MQTT client %s connects to %s (connect, options); it failed instead",
                        clientId, server.mqttUrl()))
                .isNull();
        devices.add(device[0]);
        return device[0];
    }

    private static Connection natsClient() throws IOException, InterruptedException {
        return Nats.connect(
                new Options.Builder().server(server.url()).noReconnect().build());
    }

    private static List<String> consumerFilters(JetStreamManagement jsm) throws IOException, JetStreamApiException {
        return jsm.getConsumers("$MQTT_msgs").stream()
                .map(ConsumerInfo::getConsumerConfiguration)
                .map(configuration -> configuration.getFilterSubject())
                .toList();
    }

    /** The payload $MQTT_msgs holds on that subject, null when it holds nothing there. */
    private static String stored(JetStreamManagement jsm, String subject) throws IOException {
        try {
            MessageInfo message = jsm.getLastMessage("$MQTT_msgs", subject);
            return new String(message.getData(), StandardCharsets.UTF_8);
        } catch (JetStreamApiException notThere) {
            return null;
        }
    }

    private static String text(Message message) {
        return new String(message.getData(), StandardCharsets.UTF_8);
    }
}
