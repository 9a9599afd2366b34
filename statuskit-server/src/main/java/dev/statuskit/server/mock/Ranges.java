package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * /range/{n}: n bytes of the alphabet that honour a single byte Range (RFC 9110 §14): 206 with
 * Content-Range for a satisfiable range, 416 with {@code bytes *}/n for one past the end, the whole
 * body for anything else (several ranges, other units, bad syntax), which a server may do.
 */
final class Ranges {
  private Ranges() {}

  private static final Pattern ONE_RANGE =
      Pattern.compile("(?i)bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)");
  private static final String OCTETS = "application/octet-stream";

  static Reply range(Call call) {
    int n = (int) Numbers.bounded("n", call.param("n"), 0, Limits.MAX_GENERATED_BYTES);
    byte[] all = alphabet(n);
    String tag = "\"range-" + n + "\"";
    Optional<long[]> wanted = call.header("Range").flatMap(r -> parse(r, n));
    if (wanted.isEmpty()) {
      return whole(all, tag);
    }
    long first = wanted.get()[0];
    long last = wanted.get()[1];
    if (first < 0) {
      return StatusReplies.problem(
              416, call, "the range starts past the end of the " + n + " bytes there are")
          .replacing("Content-Range", "bytes */" + n)
          .with("Accept-Ranges", "bytes");
    }
    byte[] part = Arrays.copyOfRange(all, (int) first, (int) last + 1);
    return Reply.of(
        206,
        Headers.of(
            "Content-Type",
            OCTETS,
            "Content-Range",
            "bytes " + first + "-" + last + "/" + n,
            "Accept-Ranges",
            "bytes",
            "ETag",
            tag),
        part);
  }

  private static Reply whole(byte[] all, String tag) {
    return Reply.of(
        200, Headers.of("Content-Type", OCTETS, "Accept-Ranges", "bytes", "ETag", tag), all);
  }

  /**
   * The first and last byte of one range, {-1, -1} when it is unsatisfiable, empty when the field
   * is to be ignored.
   */
  static Optional<long[]> parse(String field, int length) {
    Matcher m = ONE_RANGE.matcher(field.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return Optional.empty();
    }
    try {
      if (m.group(1).isEmpty()) { // a suffix: the last N bytes
        long suffix = Long.parseLong(m.group(2));
        if (suffix == 0 || length == 0) {
          return Optional.of(new long[] {-1, -1});
        }
        return Optional.of(new long[] {Math.max(0, length - suffix), length - 1});
      }
      long first = Long.parseLong(m.group(1));
      long last = m.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(m.group(2));
      if (last < first) {
        return Optional.empty(); // invalid: ignored (RFC 9110 §14.1.1)
      }
      if (first >= length) {
        return Optional.of(new long[] {-1, -1});
      }
      return Optional.of(new long[] {first, Math.min(last, length - 1)});
    } catch (NumberFormatException e) {
      return Optional.empty(); // digits beyond a long: not a range we can serve
    }
  }

  static byte[] alphabet(int n) {
    byte[] bytes = new byte[n];
    for (int i = 0; i < n; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    return bytes;
  }
}
