package dev.statuskit.exchange;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an HTTP-date (RFC 9110 §5.6.7) in the three forms a recipient must accept: IMF-fixdate
 * ({@code Sun, 06 Nov 1994 08:49:37 GMT}), the obsolete RFC 850 form ({@code Sunday, 06-Nov-94
 * 08:49:37 GMT}) and asctime ({@code Sun Nov 6 08:49:37 1994}). The grammar is case-sensitive and
 * allows no other spacing; anything else is not an HTTP-date.
 */
public final class HttpDate {
  private HttpDate() {}

  private static final List<String> MONTHS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
  private static final String DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
  private static final String LONG_DAY =
      "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final String TIME = "(\\d{2}):(\\d{2}):(\\d{2})";

  private static final Pattern IMF_FIXDATE =
      Pattern.compile(DAY + ", (\\d{2}) " + MONTH + " (\\d{4}) " + TIME + " GMT");
  private static final Pattern RFC_850 =
      Pattern.compile(LONG_DAY + ", (\\d{2})-" + MONTH + "-(\\d{2}) " + TIME + " GMT");
  private static final Pattern ASCTIME =
      Pattern.compile(DAY + " " + MONTH + " ([ \\d]\\d) " + TIME + " (\\d{4})");

  /** The preferred form, the one senders must generate (RFC 9110 §5.6.7). */
  private static final DateTimeFormatter FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT);

  /** The instant, when the text is an HTTP-date in one of its three forms. */
  public static Optional<Instant> parse(String text) {
    Matcher m = IMF_FIXDATE.matcher(text);
    if (m.matches()) {
      return at(m.group(2), m.group(1), Integer.parseInt(m.group(3)), m, 4);
    }
    m = RFC_850.matcher(text);
    if (m.matches()) {
      return at(m.group(2), m.group(1), fullYear(Integer.parseInt(m.group(3))), m, 4);
    }
    m = ASCTIME.matcher(text);
    if (m.matches()) {
      return at(m.group(1), m.group(2).strip(), Integer.parseInt(m.group(6)), m, 3);
    }
    return Optional.empty();
  }

  /** The instant as an IMF-fixdate, e.g. for a fix that suggests the right form. */
  public static String format(Instant instant) {
    return FIXDATE.format(instant.atZone(ZoneOffset.UTC));
  }

  /**
   * RFC 9110 §5.6.7 reads a two-digit year that would be more than 50 years in the future as the
   * most recent past year with those digits. To stay a pure function we pin the window instead (70–
   * 99 are 19xx, 00–69 are 20xx); the two differ only for dates decades away from now, which no
   * Retry-After or Date means.
   */
  private static int fullYear(int twoDigits) {
    return twoDigits >= 70 ? 1900 + twoDigits : 2000 + twoDigits;
  }

  private static Optional<Instant> at(
      String month, String day, int year, Matcher m, int timeGroup) {
    try {
      int hour = Integer.parseInt(m.group(timeGroup));
      int minute = Integer.parseInt(m.group(timeGroup + 1));
      int second = Integer.parseInt(m.group(timeGroup + 2));
      // time-of-day allows second 60 for a leap second (RFC 9110 §5.6.7); java.time does not.
      boolean leap = second == 60;
      LocalDate date = LocalDate.of(year, MONTHS.indexOf(month) + 1, Integer.parseInt(day));
      LocalDateTime time = date.atTime(hour, minute, leap ? 59 : second);
      Instant instant = ZonedDateTime.of(time, ZoneOffset.UTC).toInstant();
      return Optional.of(leap ? instant.plusSeconds(1) : instant);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
