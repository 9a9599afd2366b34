package dev.statuskit.retry;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What to do after a try: send the request again after a delay, or stop and hand the outcome to the
 * caller. Either way the reason says why, in a sentence a log can show.
 *
 * @param retry whether to send the request again
 * @param delay how long to wait first; zero when stopping
 * @param reason why, e.g. "400 Bad Request is not retried: Fix what the error body points at; the
 *     same request will fail the same way."
 */
public record RetryDecision(boolean retry, Duration delay, String reason) {

  public RetryDecision {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(reason, "reason");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("a retry delay cannot be negative: " + delay);
    }
    if (!retry && !delay.isZero()) {
      throw new IllegalArgumentException("a decision to stop has no delay");
    }
  }

  static RetryDecision retryAfter(Duration delay, String reason) {
    return new RetryDecision(true, delay, reason);
  }

  static RetryDecision stop(String reason) {
    return new RetryDecision(false, Duration.ZERO, reason);
  }

  /** "retry in 1 s: ..." or "stop: ...". */
  @Override
  public String toString() {
    return (retry ? "retry in " + text(delay) : "stop") + ": " + reason;
  }

  /** A delay as people write it: "0 s", "250 ms", "1 s", "1.5 s". */
  static String text(Duration d) {
    if (d.getNano() == 0 || d.getSeconds() >= 10) {
      return d.getSeconds() + " s";
    }
    long millis = d.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
