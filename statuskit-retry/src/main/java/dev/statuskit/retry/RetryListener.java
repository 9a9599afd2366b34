package dev.statuskit.retry;

/**
 * Hears every decision a client makes after a try, retry or stop, with the reason: for logs,
 * metrics, or a test that wants to see why a request was (not) retried.
 *
 * <pre>{@code
 * RetryPolicy.builder().listener(event -> log.info(event.toString())).build();
 * // GET http://127.0.0.1:8080/flaky/2 try 1: retry in 1 s: 503 Service Unavailable: ...
 * }</pre>
 *
 * <p>It is called on the thread that finished the try, so it must be quick and must not throw.
 */
@FunctionalInterface
public interface RetryListener {

  void onDecision(RetryEvent event);

  /** Hears nothing. */
  static RetryListener none() {
    return event -> {};
  }
}
