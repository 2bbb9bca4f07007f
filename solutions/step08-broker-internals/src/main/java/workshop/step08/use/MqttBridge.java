package workshop.step08.use;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * MQTT devices on nats-server's MQTT listener, and NATS clients on the same messages. nats-server
 * speaks MQTT 3.1.1 to the devices (here Eclipse Paho) and puts what they publish on NATS subjects,
 * translating each topic to a subject, and delivers NATS messages to the MQTT subscriptions they
 * match, translating the subject back. What MQTT promises beyond NATS core, QoS 1 and sessions that
 * outlive a connection, the server keeps in JetStream streams of its own ({@code $MQTT_msgs},
 * {@code $MQTT_sess}, …).
 */
public final class MqttBridge {

    private MqttBridge() {}

    /** A message an MQTT client received: its topic, its payload as UTF-8 text, and the QoS it came with. */
    public record Received(String topic, String payload, int qos) {}

    /**
     * The NATS subject nats-server uses for an MQTT topic name or filter: each level separator {@code /}
     * becomes {@code .}, the wildcards {@code +} and {@code #} become {@code *} and {@code >}, and a
     * {@code .} inside a level, which NATS would read as a separator, becomes {@code //}. So
     * {@code sensors/+/temp} is {@code sensors.*.temp} and {@code firmware/v1.2} is
     * {@code firmware.v1//2}. Topics with empty levels ({@code a//b}, a leading or trailing {@code /})
     * are out of scope here; the server has rules of its own for them.
     */
    public static String toNatsSubject(String mqttTopic) {
        // EXERCISE 8.23 BEGIN: translate the topic character by character, as nats-server does.
        StringBuilder subject = new StringBuilder(mqttTopic.length() + 8);
        for (char c : mqttTopic.toCharArray()) {
            switch (c) {
                case '/' -> subject.append('.');
                case '+' -> subject.append('*');
                case '#' -> subject.append('>');
                case '.' -> subject.append("//"); // a dot is part of a level's name, not a separator
                default -> subject.append(c);
            }
        }
        return subject.toString();
        // EXERCISE 8.23 END
    }

    /**
     * The MQTT topic (or filter) for a NATS subject: the reverse of {@link #toNatsSubject}, so
     * {@code sensors.room1.temp} is {@code sensors/room1/temp}, {@code sensors.*.temp} is
     * {@code sensors/+/temp} and {@code firmware.v1//2} is {@code firmware/v1.2}.
     */
    public static String toMqttTopic(String natsSubject) {
        // EXERCISE 8.23 BEGIN: translate the subject back; "//" stands for one '.' of the topic.
        StringBuilder topic = new StringBuilder(natsSubject.length());
        for (int i = 0; i < natsSubject.length(); i++) {
            char c = natsSubject.charAt(i);
            if (c == '/' && i + 1 < natsSubject.length() && natsSubject.charAt(i + 1) == '/') {
                topic.append('.');
                i++; // both slashes are the one dot
            } else {
                switch (c) {
                    case '.' -> topic.append('/');
                    case '*' -> topic.append('+');
                    case '>' -> topic.append('#');
                    default -> topic.append(c);
                }
            }
        }
        return topic.toString();
        // EXERCISE 8.23 END
    }

    /**
     * Paho's connect options: a clean session ({@code cleanSession} true: the server forgets the
     * client's subscriptions and undelivered messages when it disconnects) or a persistent one (false:
     * the server keeps them for the next connection with the same client id); {@code timeout} for the
     * connection, whole seconds, at least one; no automatic reconnecting.
     */
    public static MqttConnectOptions options(boolean cleanSession, Duration timeout) {
        // EXERCISE 8.23 BEGIN: the session kind, the connection timeout, no automatic reconnect.
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(cleanSession);
        options.setConnectionTimeout((int) Math.max(1, timeout.toSeconds()));
        options.setAutomaticReconnect(false);
        return options;
        // EXERCISE 8.23 END
    }

    /**
     * Connects an MQTT client named {@code clientId} to {@code mqttUrl} ({@code tcp://host:port}) with
     * {@link #options}. Every message it receives, on any subscription and also one the server delivers
     * to a persistent session as soon as it reconnects (before any {@code subscribe} of this connection),
     * is added to {@code inbox}. The client keeps its own in-flight state in memory, not in files.
     */
    public static MqttClient connect(
            String mqttUrl, String clientId, boolean cleanSession, BlockingQueue<Received> inbox, Duration timeout)
            throws MqttException {
        // EXERCISE 8.23 BEGIN: a Paho client with this id and in-memory persistence, whose callback fills the
        // inbox; then connect it.
        MqttClient client = new MqttClient(mqttUrl, clientId, new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                inbox.add(new Received(
                        topic, new String(message.getPayload(), StandardCharsets.UTF_8), message.getQos()));
            }

            @Override
            public void connectionLost(Throwable cause) {
                // the test sees what is missing in the inbox; nothing to do here
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // publish() below waits for its own delivery
            }
        });
        client.connect(options(cleanSession, timeout));
        return client;
        // EXERCISE 8.23 END
    }

    /**
     * Publishes {@code payload} (UTF-8) on {@code topic} with {@code qos} (0: at most once; 1: at least
     * once, the server stores it and acknowledges), not retained; returns once the MQTT client has sent
     * it (for QoS 1: once the server acknowledged it).
     */
    public static void publish(MqttClient client, String topic, String payload, int qos) throws MqttException {
        // EXERCISE 8.23 BEGIN: publish the payload with this QoS, not retained.
        MqttMessage message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
        message.setQos(qos);
        message.setRetained(false);
        client.publish(topic, message);
        // EXERCISE 8.23 END
    }

    /**
     * Subscribes the client to {@code filter} ({@code +} and {@code #} allowed) with {@code qos}; returns
     * once the server confirmed it. What arrives goes to the inbox the client was connected with.
     */
    public static void subscribe(MqttClient client, String filter, int qos) throws MqttException {
        // EXERCISE 8.23 BEGIN: subscribe to the filter with this QoS.
        client.subscribe(filter, qos);
        // EXERCISE 8.23 END
    }
}
