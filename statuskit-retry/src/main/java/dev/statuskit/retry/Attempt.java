package dev.statuskit.retry;

import dev.statuskit.exchange.Headers;
import java.time.Duration;
import java.util.Objects;

/**
 * One finished try of a request, as the retry policy sees it.
 *
 * @param number which try it was: 1 for the first, 2 for the first retry, ...
 * @param method the request method, e.g. {@code GET}
 * @param requestHeaders the request's header fields (for {@code Idempotency-Key})
 * @param elapsed time since the first try began
 */
public record Attempt(int number, String method, Headers requestHeaders, Duration elapsed) {

  public Attempt {
    if (number < 1) {
      throw new IllegalArgumentException("attempt numbers start at 1: " + number);
    }
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(requestHeaders, "requestHeaders");
    Objects.requireNonNull(elapsed, "elapsed");
    if (elapsed.isNegative()) {
      throw new IllegalArgumentException("elapsed time cannot be negative: " + elapsed);
    }
  }

  /** The first try of a request without headers, just finished. */
  public static Attempt first(String method) {
    return new Attempt(1, method, Headers.empty(), Duration.ZERO);
  }
}
