package dev.statuskit.retry;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a Retry-After value (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date the client should
 * wait until. Anything else is garbled, and the caller falls back to its own backoff.
 */
final class RetryAfter {
  private RetryAfter() {}

  /** delay-seconds = 1*DIGIT: no sign, no fraction, no unit. */
  private static final Pattern DELAY_SECONDS = Pattern.compile("[0-9]+");

  /**
   * The IMF-fixdate form, the one senders must generate (RFC 9110 §5.6.7). The obsolete RFC 850 and
   * asctime forms are not read here: statuskit-core's parser for them is not public yet, and a
   * value we cannot read only costs a fall-back to backoff.
   */
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT);

  /**
   * How long the value asks the client to wait, measured from now: zero for a date in the past,
   * empty when the value is neither delay-seconds nor an HTTP-date.
   */
  static Optional<Duration> delay(String value, Instant now) {
    String v = value.strip();
    if (DELAY_SECONDS.matcher(v).matches()) {
      return Optional.of(seconds(v));
    }
    try {
      Instant at = LocalDateTime.parse(v, IMF_FIXDATE).toInstant(ZoneOffset.UTC);
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
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
