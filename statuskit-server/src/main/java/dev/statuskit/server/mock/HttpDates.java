package dev.statuskit.server.mock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * IMF-fixdate (RFC 9110 §5.6.7), the one date format servers send. The current second's text is
 * cached: every response carries Date, and formatting is not free at tens of thousands a second.
 */
final class HttpDates {
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private record Cached(long second, String text) {}

  private static volatile Cached now = new Cached(-1, "");

  private HttpDates() {}

  static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }

  /** The current time as IMF-fixdate. */
  static String now() {
    long second = System.currentTimeMillis() / 1000;
    Cached c = now;
    if (c.second() != second) {
      c = new Cached(second, format(Instant.ofEpochSecond(second)));
      now = c;
    }
    return c.text();
  }

  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(Instant.from(IMF_FIXDATE.parse(text.strip())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
