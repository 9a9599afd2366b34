package dev.statuskit.retry;

import dev.statuskit.exchange.HttpDate;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a Retry-After value (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date the client should
 * wait until (in any of the three forms RFC 9110 §5.6.7 asks recipients to accept). Anything else
 * is garbled, and the caller falls back to its own backoff.
 */
final class RetryAfter {
  private RetryAfter() {}

  /** delay-seconds = 1*DIGIT: no sign, no fraction, no unit. */
  private static final Pattern DELAY_SECONDS = Pattern.compile("[0-9]+");

  /**
   * How long the value asks the client to wait, measured from now: zero for a date in the past,
   * empty when the value is neither delay-seconds nor an HTTP-date.
   */
  static Optional<Duration> delay(String value, Instant now) {
    String v = value.strip();
    if (DELAY_SECONDS.matcher(v).matches()) {
      return Optional.of(seconds(v));
    }
    return HttpDate.parse(v).map(at -> at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
  }

  /** Digits too many for a long still mean "longer than anyone will wait". */
  private static Duration seconds(String digits) {
    try {
      return Duration.ofSeconds(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(Long.MAX_VALUE);
    }
  }
}
