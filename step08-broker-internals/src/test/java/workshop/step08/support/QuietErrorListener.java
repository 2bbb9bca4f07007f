package workshop.step08.support;

import io.nats.client.ErrorListener;

/** Keeps jnats from printing every error a robustness test provokes on purpose; the tests assert instead. */
final class QuietErrorListener implements ErrorListener {}
