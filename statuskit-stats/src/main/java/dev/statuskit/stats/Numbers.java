package dev.statuskit.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the renderers write numbers, shares, durations and times. */
final class Numbers {
  private Numbers() {}

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** "12,345". */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** "12.3%", "0.04%", "100%". */
  static String percent(double share) {
    double p = share * 100;
    if (p == 0 || p == 100) {
      return String.format(Locale.ROOT, "%.0f%%", p);
    }
    return String.format(Locale.ROOT, p < 0.1 ? "%.2f%%" : "%.1f%%", p);
  }

  /** "0.4ms", "12ms", "1.25s". */
  static String millis(double ms) {
    if (ms >= 1000) {
      return String.format(Locale.ROOT, "%.2fs", ms / 1000);
    }
    if (ms >= 10) {
      return String.format(Locale.ROOT, "%.0fms", ms);
    }
    return String.format(Locale.ROOT, "%.1fms", ms);
  }

  /** "2024-05-14 10:00:00". */
  static String dateTime(Instant t) {
    return DATE_TIME.format(t);
  }

  /** "10:00:00". */
  static String time(Instant t) {
    return TIME.format(t);
  }

  /** "1 min", "2 h 5 min", "3 d 4 h", "45 s". */
  static String span(Duration d) {
    long s = d.getSeconds();
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s");
    }
    if (s < 86_400) {
      return (s / 3600) + " h" + (s % 3600 / 60 == 0 ? "" : " " + (s % 3600 / 60) + " min");
    }
    return (s / 86_400) + " d" + (s % 86_400 / 3600 == 0 ? "" : " " + (s % 86_400 / 3600) + " h");
  }
}
