package dev.statuskit.stats;

/**
 * Reads the timestamps of access logs straight from bytes to epoch seconds, without the java.time
 * parsers (which allocate per call): the Common Log Format's {@code 10/Oct/2000:13:55:36 -0700}
 * (nginx {@code $time_local}, Apache {@code %t}), ISO 8601 ({@code $time_iso8601}, JSON logs), and
 * epoch numbers ({@code $msec}, JSON logs).
 */
final class Timestamps {
  private Timestamps() {}

  /** Not a timestamp. */
  static final long BAD = Long.MIN_VALUE;

  /** The length of a CLF timestamp without brackets: {@code 10/Oct/2000:13:55:36 -0700}. */
  static final int CLF_LENGTH = 26;

  /** A CLF timestamp at [at, at + 26), or {@link #BAD}. */
  static long clf(byte[] b, int at, int to) {
    if (at + CLF_LENGTH > to
        || b[at + 2] != '/'
        || b[at + 6] != '/'
        || b[at + 11] != ':'
        || b[at + 14] != ':'
        || b[at + 17] != ':'
        || b[at + 20] != ' ') {
      return BAD;
    }
    int day = two(b, at);
    int month = month(b[at + 3], b[at + 4], b[at + 5]);
    int year = four(b, at + 7);
    int hour = two(b, at + 12);
    int minute = two(b, at + 15);
    int second = two(b, at + 18);
    int offset = offset(b, at + 21, false);
    if (month < 0 || offset == OFFSET_BAD) {
      return BAD;
    }
    return epoch(year, month, day, hour, minute, second, offset);
  }

  /**
   * An ISO 8601 date-time in [from, to): {@code 2024-05-14T10:00:00+02:00}, with an optional
   * fraction and {@code Z}; a space may stand for the {@code T}; no zone means UTC.
   */
  static long iso(byte[] b, int from, int to) {
    if (to - from < 19
        || b[from + 4] != '-'
        || b[from + 7] != '-'
        || (b[from + 10] != 'T' && b[from + 10] != ' ')
        || b[from + 13] != ':'
        || b[from + 16] != ':') {
      return BAD;
    }
    int i = from + 19;
    if (i < to && (b[i] == '.' || b[i] == ',')) {
      i++;
      while (i < to && Bytes.isDigit(b[i])) {
        i++;
      }
    }
    int offset = 0;
    if (i < to) {
      if (b[i] == 'Z' && i + 1 == to) {
        offset = 0;
      } else if (i + 6 == to && b[i + 3] == ':') {
        offset = offset(b, i, true);
      } else if (i + 5 == to) {
        offset = offset(b, i, false);
      } else {
        return BAD;
      }
    }
    if (offset == OFFSET_BAD) {
      return BAD;
    }
    return epoch(
        four(b, from),
        two(b, from + 5),
        two(b, from + 8),
        two(b, from + 11),
        two(b, from + 14),
        two(b, from + 17),
        offset);
  }

  /**
   * Epoch time as a number: seconds ({@code 1715680800.123}, nginx {@code $msec}), or milliseconds
   * or microseconds when the magnitude says so (JSON loggers write all three).
   */
  static long epochNumber(double value) {
    if (!(value > 0) || value > 1e19) {
      return BAD;
    }
    if (value > 1e15) {
      return (long) (value / 1e6);
    }
    if (value > 1e12) {
      return (long) (value / 1e3);
    }
    return (long) value;
  }

  /** Either kind of text timestamp, or an epoch number written as text. */
  static long any(byte[] b, int from, int to) {
    if (to - from == CLF_LENGTH) {
      long clf = clf(b, from, to);
      if (clf != BAD) {
        return clf;
      }
    }
    long iso = iso(b, from, to);
    if (iso != BAD) {
      return iso;
    }
    return epochText(b, from, to);
  }

  /** "1715680800", "1715680800.123", "1715680800123": an epoch number written as text. */
  static long epochText(byte[] b, int from, int to) {
    long whole = 0;
    int i = from;
    for (; i < to && i - from < 18 && Bytes.isDigit(b[i]); i++) {
      whole = whole * 10 + (b[i] - '0');
    }
    if (i == from) {
      return BAD;
    }
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && Bytes.isDigit(b[i])) {
        i++;
      }
    }
    return i == to ? epochNumber(whole) : BAD;
  }

  private static final int OFFSET_BAD = Integer.MIN_VALUE;

  /** "+0200" or, with a colon, "+02:00", as seconds east of UTC. */
  private static int offset(byte[] b, int at, boolean colon) {
    int sign =
        switch (b[at]) {
          case '+' -> 1;
          case '-' -> -1;
          default -> 0;
        };
    int hours = two(b, at + 1);
    int minutes = two(b, at + (colon ? 4 : 3));
    if (sign == 0 || hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
      return OFFSET_BAD;
    }
    return sign * (hours * 3600 + minutes * 60);
  }

  private static long epoch(
      int year, int month, int day, int hour, int minute, int second, int offset) {
    if (year < 0
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour < 0
        || hour > 23
        || minute < 0
        || minute > 59
        || second < 0
        || second > 60) {
      return BAD;
    }
    return daysFromCivil(year, month, day) * 86_400L
        + hour * 3600L
        + minute * 60L
        + second
        - offset;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
  static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146_097L + doe - 719_468L;
  }

  private static int two(byte[] b, int at) {
    int d0 = b[at] - '0';
    int d1 = b[at + 1] - '0';
    return d0 < 0 || d0 > 9 || d1 < 0 || d1 > 9 ? -1 : d0 * 10 + d1;
  }

  private static int four(byte[] b, int at) {
    int hi = two(b, at);
    int lo = two(b, at + 2);
    return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
  }

  /** The month number of an English three-letter abbreviation, as CLF writes it; -1 otherwise. */
  private static int month(byte a, byte b, byte c) {
    int key = ((a | 0x20) << 16) | ((b | 0x20) << 8) | (c | 0x20);
    return switch (key) {
      case ('j' << 16) | ('a' << 8) | 'n' -> 1;
      case ('f' << 16) | ('e' << 8) | 'b' -> 2;
      case ('m' << 16) | ('a' << 8) | 'r' -> 3;
      case ('a' << 16) | ('p' << 8) | 'r' -> 4;
      case ('m' << 16) | ('a' << 8) | 'y' -> 5;
      case ('j' << 16) | ('u' << 8) | 'n' -> 6;
      case ('j' << 16) | ('u' << 8) | 'l' -> 7;
      case ('a' << 16) | ('u' << 8) | 'g' -> 8;
      case ('s' << 16) | ('e' << 8) | 'p' -> 9;
      case ('o' << 16) | ('c' << 8) | 't' -> 10;
      case ('n' << 16) | ('o' << 8) | 'v' -> 11;
      case ('d' << 16) | ('e' << 8) | 'c' -> 12;
      default -> -1;
    };
  }
}
