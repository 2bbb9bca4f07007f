/**
 * The tests of step 8's Use track, one class per exercise, each against a nats-server of its own that
 * the test kit starts from the configuration the test writes ({@code ConfiguredNatsServer}): they need a
 * local nats-server binary and are skipped, saying so, under {@code NATS_URL} or Docker.
 *
 * <p>Tests by exercise:
 * <ul>
 *   <li>8.11 Find a client on the monitoring port: {@link workshop.step08.use.ServerMonitorTest}</li>
 *   <li>8.12 Tell whether a consumer keeps up: {@link workshop.step08.use.ConsumerBacklogTest}</li>
 *   <li>8.13 Survive a slow consumer: {@link workshop.step08.use.SlowConsumersTest}</li>
 *   <li>8.14 Split traffic with weighted mappings: {@link workshop.step08.use.WeightedMappingsTest}</li>
 *   <li>8.15 Log in with a token or a bcrypt password: {@link workshop.step08.use.PasswordLoginsTest}</li>
 *   <li>8.16 Log in with an NKey: {@link workshop.step08.use.NKeyLoginsTest}</li>
 *   <li>8.17 Log in with a user JWT and a creds file: {@link workshop.step08.use.DecentralizedAuthTest}</li>
 *   <li>8.18 Allow and deny subjects: {@link workshop.step08.use.SubjectPermissionsTest}</li>
 *   <li>8.19 Share a service and a stream between accounts: {@link workshop.step08.use.SharedAccountsTest}</li>
 *   <li>8.20 Connect over TLS: {@link workshop.step08.use.TlsClientsTest}</li>
 *   <li>8.21 Prove who the client is with mutual TLS: {@link workshop.step08.use.MutualTlsTest}</li>
 *   <li>8.22 Connect over WebSocket: {@link workshop.step08.use.WebSocketClientsTest}</li>
 *   <li>8.23 Bridge MQTT devices to NATS: {@link workshop.step08.use.MqttBridgeTest}</li>
 * </ul>
 * {@code TestCertificates} makes the TLS exercises' CA, server and client certificates with the JDK's
 * {@code keytool}, and keeps them in {@code target/test-certificates} for the runs of the next hours.
 */
package workshop.step08.use;
