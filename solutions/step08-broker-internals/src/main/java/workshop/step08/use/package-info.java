/**
 * The Use track: jnats against a real nats-server started from a configuration the test writes. It may
 * depend on jnats and the JDK, and on Eclipse Paho's MQTT client for {@link workshop.step08.use.MqttBridge}
 * (8.23), whose devices reach the server over MQTT.
 */
package workshop.step08.use;
