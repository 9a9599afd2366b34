package dev.statuskit.retry;

import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.StatusCodes;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The tries of one request: counts them, times them from the first, asks the policy after each and
 * tells the listener. The integrations keep one per request.
 */
final class Tries {
  private final RetryPolicy policy;
  private final String method;
  private final String target;
  private final Headers requestHeaders;
  private final Instant start;
  private int number;

  Tries(RetryPolicy policy, String method, String target, Headers requestHeaders) {
    this.policy = policy;
    this.method = method;
    this.target = target;
    this.requestHeaders = requestHeaders;
    this.start = policy.clock().instant();
  }

  /** Starts the next try. */
  synchronized void begin() {
    number++;
  }

  synchronized int number() {
    return number;
  }

  synchronized RetryDecision after(int status, Headers responseHeaders) {
    RetryDecision decision = policy.decide(attempt(), status, responseHeaders);
    String outcome =
        status < 100 || status > 599 ? "status " + status : StatusCodes.of(status).toString();
    return told(outcome, decision);
  }

  synchronized RetryDecision after(Throwable failure) {
    return after(failure, Failure.of(failure));
  }

  synchronized RetryDecision after(Throwable failure, Failure kind) {
    RetryDecision decision = policy.decide(attempt(), failure, kind);
    return told(Failure.unwrapped(failure).toString(), decision);
  }

  private Attempt attempt() {
    return new Attempt(Math.max(1, number), method, requestHeaders, elapsed());
  }

  private Duration elapsed() {
    Duration d = Duration.between(start, policy.clock().instant());
    return d.isNegative() ? Duration.ZERO : d;
  }

  private RetryDecision told(String outcome, RetryDecision decision) {
    policy
        .listener()
        .onDecision(new RetryEvent(method, target, number, elapsed(), outcome, decision));
    return decision;
  }

  /**
   * The URI as events show it: without user info and query, where credentials hide
   * (https://user:secret@host/path?api_key=...).
   */
  static String target(URI uri) {
    if (uri.getHost() == null) {
      return uri.getRawPath() == null ? "" : uri.getRawPath();
    }
    String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
    String host = uri.getHost();
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    return uri.getScheme() + "://" + host + port + path;
  }
}
