package dev.statuskit.stats;

import java.nio.charset.StandardCharsets;

/**
 * Turns a request target into an endpoint template, so that {@code /users/123} and {@code
 * /users/456} count as one endpoint, {@code /users/{id}}. Path segments that are identifiers become
 * placeholders:
 *
 * <ul>
 *   <li>{@code {id}}: a number ({@code 123}), also with an extension ({@code 123.json} → {@code
 *       {id}.json})
 *   <li>{@code {uuid}}: a UUID ({@code 7d444840-9dc0-11d1-b245-5ffdce74fad2})
 *   <li>{@code {date}}: a date ({@code 2024-05-14})
 *   <li>{@code {hash}}: hexadecimal of 8 characters or more with a digit ({@code 9f86d081}, a
 *       commit or a content hash)
 *   <li>{@code {token}}: 20 letters and digits or more, with at least two digits (opaque keys)
 * </ul>
 *
 * The query and fragment are dropped, and an absolute-form target ({@code http://host/path}, as
 * sent to proxies) is reduced to its path. Works on bytes into a caller's buffer, so that the hot
 * path allocates nothing; the result is at most {@link #MAX} bytes.
 */
final class EndpointTemplate {
  private EndpointTemplate() {}

  /** The longest template kept; longer paths are cut (they are rarely endpoints). */
  static final int MAX = 200;

  private static final byte[] ID = ascii("{id}");
  private static final byte[] UUID = ascii("{uuid}");
  private static final byte[] DATE = ascii("{date}");
  private static final byte[] HASH = ascii("{hash}");
  private static final byte[] TOKEN = ascii("{token}");

  /** The template of a target given as text (JSON logs, HAR). */
  static String of(String target) {
    byte[] b = target.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[MAX];
    int n = apply(b, 0, b.length, out);
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  /** Writes the template of the target in [from, to) into {@code out}; returns its length. */
  static int apply(byte[] b, int from, int to, byte[] out) {
    int start = skipSchemeAndHost(b, from, to);
    int end = start;
    while (end < to && b[end] != '?' && b[end] != '#') {
      end++;
    }
    if (start == end) {
      out[0] = '/';
      return 1;
    }
    int n = 0;
    int segment = start;
    while (segment <= end && n < MAX) {
      int slash = Bytes.indexOf(b, segment, end, (byte) '/');
      int segEnd = slash < 0 ? end : slash;
      n = writeSegment(b, segment, segEnd, out, n);
      if (slash < 0) {
        break;
      }
      if (n < MAX) {
        out[n++] = '/';
      }
      segment = slash + 1;
    }
    return n;
  }

  private static int skipSchemeAndHost(byte[] b, int from, int to) {
    if (to - from > 8 && (b[from] | 0x20) == 'h' && (b[from + 1] | 0x20) == 't') {
      int colon = Bytes.indexOf(b, from, Math.min(to, from + 8), (byte) ':');
      if (colon > 0 && colon + 2 < to && b[colon + 1] == '/' && b[colon + 2] == '/') {
        int path = Bytes.indexOf(b, colon + 3, to, (byte) '/');
        return path < 0 ? to : path;
      }
    }
    return from;
  }

  private static int writeSegment(byte[] b, int from, int to, byte[] out, int n) {
    int len = to - from;
    int digits = 0;
    int hex = 0;
    int alnum = 0;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        digits++;
        hex++;
        alnum++;
      } else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
        hex++;
        alnum++;
      } else if ((c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z')) {
        alnum++;
      }
    }
    byte[] placeholder = null;
    int keepFrom = to;
    if (len == 0) {
      return n;
    } else if (digits == len) {
      placeholder = ID;
    } else if (len == 36 && isUuid(b, from)) {
      placeholder = UUID;
    } else if (len == 10 && digits == 8 && b[from + 4] == '-' && b[from + 7] == '-') {
      placeholder = DATE;
    } else if (hex == len && len >= 8 && digits > 0) {
      placeholder = HASH;
    } else if (alnum == len && len >= 20 && digits >= 2) {
      placeholder = TOKEN;
    } else {
      int lead = 0;
      while (lead < len && Bytes.isDigit(b[from + lead])) {
        lead++;
      }
      if (lead > 0 && b[from + lead] == '.' && isWord(b, from + lead + 1, to)) {
        placeholder = ID;
        keepFrom = from + lead;
      }
    }
    if (placeholder == null) {
      return copy(b, from, to, out, n);
    }
    n = copy(placeholder, 0, placeholder.length, out, n);
    return copy(b, keepFrom, to, out, n);
  }

  private static int copy(byte[] src, int from, int to, byte[] out, int n) {
    int len = Math.min(to - from, MAX - n);
    System.arraycopy(src, from, out, n, len);
    return n + len;
  }

  private static boolean isUuid(byte[] b, int at) {
    for (int i = 0; i < 36; i++) {
      byte c = b[at + i];
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      boolean hex = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
      if (dash ? c != '-' : !hex) {
        return false;
      }
    }
    return true;
  }

  /** A short file extension: 1 to 5 letters. */
  private static boolean isWord(byte[] b, int from, int to) {
    if (to - from < 1 || to - from > 5) {
      return false;
    }
    for (int i = from; i < to; i++) {
      int c = b[i] | 0x20;
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
