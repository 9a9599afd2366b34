package dev.statuskit.server.mock;

import io.netty.util.AsciiString;
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

  private record Cached(long second, String text, AsciiString ascii) {}

  private static volatile Cached now = new Cached(-1, "", AsciiString.EMPTY_STRING);

  private HttpDates() {}

  static String format(Instant instant) {
    return IMF_FIXDATE.format(instant);
  }

  /** The current time as IMF-fixdate. */
  static String now() {
    return current().text();
  }

  /** The same as bytes, the form Netty copies into a response without encoding it again. */
  static AsciiString nowAscii() {
    return current().ascii();
  }

  private static Cached current() {
    long second = System.currentTimeMillis() / 1000;
    Cached c = now;
    if (c.second() != second) {
      String text = format(Instant.ofEpochSecond(second));
      c = new Cached(second, text, new AsciiString(text));
      now = c;
    }
    return c;
  }

  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(Instant.from(IMF_FIXDATE.parse(text.strip())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
