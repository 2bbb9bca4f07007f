/**
 * The HTTP monitoring port, with nats-server's endpoints and field names ({@code /varz}, {@code /connz},
 * {@code /subsz}, {@code /healthz}). {@link workshop.step08.monitoring.MonitoringEndpoints} turns a
 * {@link workshop.step08.monitoring.BrokerView} into JSON objects;
 * {@link workshop.step08.monitoring.MonitoringServer} serves them with the JDK's HTTP server.
 *
 * <p>Exercise: 8.9 (MonitoringEndpoints).
 *
 * <p>Depends only on {@code workshop.given} (its JSON reader and writer). It never imports the server package: it
 * reads the read-only {@code BrokerView} the broker implements, records of numbers taken when asked,
 * so that showing the broker cannot change it and the two packages do not depend on each other.
 */
package workshop.step08.monitoring;
