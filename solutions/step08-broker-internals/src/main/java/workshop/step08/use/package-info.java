/**
 * The Use track: jnats against a real nats-server started from a configuration the test writes (the
 * test kit's {@code ConfiguredNatsServer}). Each class is one exercise: the learner writes the
 * server's configuration blocks and the client's options, and the test shows what the server
 * answers.
 *
 * <p>Exercises (see the step's README):
 * <ul>
 *   <li>8.11 Find a client on the monitoring port: {@link workshop.step08.use.ServerMonitor}</li>
 *   <li>8.12 Tell whether a consumer keeps up: {@link workshop.step08.use.ServerMonitor}</li>
 *   <li>8.13 Survive a slow consumer: {@link workshop.step08.use.SlowConsumers}</li>
 *   <li>8.14 Split traffic with weighted mappings: {@link workshop.step08.use.WeightedMappings}</li>
 *   <li>8.15 Log in with a token or a bcrypt password: {@link workshop.step08.use.PasswordLogins}</li>
 *   <li>8.16 Log in with an NKey: {@link workshop.step08.use.NKeyLogins}</li>
 *   <li>8.17 Log in with a user JWT and a creds file: {@link workshop.step08.use.DecentralizedAuth}</li>
 *   <li>8.18 Allow and deny subjects: {@link workshop.step08.use.SubjectPermissions}</li>
 *   <li>8.19 Share a service and a stream between accounts: {@link workshop.step08.use.SharedAccounts}</li>
 *   <li>8.20 Connect over TLS: {@link workshop.step08.use.TlsClients}</li>
 *   <li>8.21 Prove who the client is with mutual TLS: {@link workshop.step08.use.MutualTls}</li>
 *   <li>8.22 Connect over WebSocket: {@link workshop.step08.use.WebSocketClients}</li>
 *   <li>8.23 Bridge MQTT devices to NATS: {@link workshop.step08.use.MqttBridge}</li>
 * </ul>
 *
 * <p>Depends on jnats and the JDK, and on Eclipse Paho's MQTT client for
 * {@link workshop.step08.use.MqttBridge} (8.23), whose devices reach the server over MQTT; never on the
 * Build track's broker.
 */
package workshop.step08.use;
