package dev.statuskit.stats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Scanning helpers over raw line bytes: the hot path of every parser. Searches look at eight bytes
 * at a time (the "has a zero byte" bit trick), numbers are read digit by digit, and nothing
 * allocates.
 */
final class Bytes {
  private Bytes() {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** Marks "no number here" for {@link #micros}. */
  static final long NONE = -1;

  /** The index of the first {@code target} in [from, to), or -1. */
  static int indexOf(byte[] b, int from, int to, byte target) {
    int i = from;
    long pattern = ONES * (target & 0xFF);
    for (; i + 8 <= to; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      long found = (x - ONES) & ~x & HIGHS;
      if (found != 0) {
        return i + (Long.numberOfTrailingZeros(found) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the last {@code target} in [from, to), or -1. */
  static int lastIndexOf(byte[] b, int from, int to, byte target) {
    for (int i = to - 1; i >= from; i--) {
      if (b[i] == target) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The closing quote of a quoted field that starts at {@code from} (just after its opening quote),
   * skipping backslash escapes: Apache writes {@code \"}, nginx {@code \x22}. Returns -1 when the
   * line ends first.
   */
  static int closingQuote(byte[] b, int from, int to) {
    int i = from;
    while (true) {
      int q = indexOf(b, i, to, (byte) '"');
      if (q < 0) {
        return -1;
      }
      int slashes = 0;
      for (int j = q - 1; j >= from && b[j] == '\\'; j--) {
        slashes++;
      }
      if ((slashes & 1) == 0) {
        return q;
      }
      i = q + 1;
    }
  }

  /** A three-digit status code from 100 to 599 at [at, at + 3), or -1. */
  static int status(byte[] b, int at, int to) {
    if (at + 3 > to) {
      return -1;
    }
    int d0 = b[at] - '0';
    int d1 = b[at + 1] - '0';
    int d2 = b[at + 2] - '0';
    if (d0 < 1 || d0 > 5 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
      return -1;
    }
    return d0 * 100 + d1 * 10 + d2;
  }

  static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /**
   * A duration written as a decimal number in the given unit ({@code "0.123"} seconds, {@code
   * "1234"} microseconds), converted to microseconds; {@link #NONE} for "-", an empty field, or
   * anything that is not a number. Fractions finer than a microsecond are dropped.
   *
   * @param unitMicros microseconds per unit: 1_000_000 for seconds, 1000 for ms, 1 for µs
   */
  static long micros(byte[] b, int from, int to, long unitMicros) {
    if (from >= to || to - from > 24) {
      return NONE;
    }
    long whole = 0;
    int i = from;
    for (; i < to && isDigit(b[i]); i++) {
      whole = whole * 10 + (b[i] - '0');
    }
    if (i == from) {
      return NONE;
    }
    long value = whole * unitMicros;
    if (i < to) {
      if (b[i] != '.') {
        return NONE;
      }
      i++;
      long scale = unitMicros;
      for (; i < to && isDigit(b[i]); i++) {
        scale /= 10;
        value += (b[i] - '0') * scale;
      }
      if (i < to) {
        return NONE;
      }
    }
    return value;
  }

  /** Whether [from, to) contains a '.'. */
  static boolean hasDot(byte[] b, int from, int to) {
    return indexOf(b, from, to, (byte) '.') >= 0;
  }

  /** The bytes as text, for the few values a report names (clients, endpoints). */
  static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  /** A printable one-line excerpt of a bad line, at most {@code max} characters. */
  static String excerpt(byte[] b, int from, int to, int max) {
    String raw = new String(b, from, Math.min(to - from, max * 4), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(Math.min(raw.length(), max) + 1);
    for (int i = 0; i < raw.length() && out.length() < max; i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7F || c == '\uFFFD') {
        out.append(c == '\uFFFD' ? '?' : '·');
      } else {
        out.append(c);
      }
    }
    if (out.length() >= max && raw.length() > out.length()) {
      out.append('…');
    }
    return out.toString();
  }
}
