package dev.statuskit.stats;

import dev.statuskit.input.InputException;
import java.util.function.Supplier;

/**
 * Settles the format of one input from its first bytes: what {@code auto} means for this file, the
 * unit of a whole-number request time, and whether it is an access log at all. A file whose first
 * lines are mostly not in the format, or that holds binary data, is refused with a clear message
 * rather than reported as thousands of bad lines.
 */
final class Sniffer {
  private Sniffer() {}

  /** Bytes of an input read to decide its format. */
  static final int HEAD = 64 * 1024;

  /** Lines looked at. */
  static final int LINES = 1000;

  /** More bad lines than this share of the first lines: not an access log. */
  static final double NOT_A_LOG = 0.9;

  /** How to read one input. */
  record FileFormat(String description, boolean har, Supplier<LineParser> parsers) {}

  /**
   * @param head the input's first bytes
   * @param length how many there are
   * @param whole whether they are the whole input
   * @param name the input, for messages
   */
  static FileFormat resolve(LogFormat format, byte[] head, int length, boolean whole, String name) {
    int start = length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB ? 3 : 0;
    String binary = binary(head, start, length);
    if (binary != null) {
      throw new InputException(name, "not an access log: " + binary);
    }
    FileFormat chosen =
        switch (format.kind()) {
          case HAR -> har();
          case JSONL -> jsonl(format);
          case PATTERN -> {
            PatternParser p = format.pattern().orElseThrow();
            yield new FileFormat(p.description(), false, () -> p);
          }
          case COMBINED, COMMON, AUTO -> {
            int first = firstNonSpace(head, start, length);
            if (format.kind() == LogFormat.Kind.AUTO && first >= 0 && head[first] == '{') {
              yield looksLikeHar(head, first, length) ? har() : jsonl(format);
            }
            yield clf(head, start, length, whole);
          }
        };
    if (!chosen.har()) {
      check(chosen, head, start, length, whole, name);
    }
    return chosen;
  }

  private static FileFormat har() {
    return new FileFormat("HAR", true, () -> null);
  }

  private static FileFormat jsonl(LogFormat format) {
    FieldMapping mapping = format.mapping().orElse(FieldMapping.DEFAULT);
    String description =
        format.mapping().isPresent() ? "JSON lines (mapped fields)" : "JSON lines (common names)";
    return new FileFormat(description, false, () -> new JsonLinesParser(mapping));
  }

  /** Combined or common; the request time's unit from how the first lines write it. */
  private static FileFormat clf(byte[] head, int start, int length, boolean whole) {
    ClfParser probe = new ClfParser(1);
    Tally scratch = scratch();
    forEachLine(head, start, length, whole, (from, to) -> probe.parse(head, from, to, scratch));
    String kind =
        probe.combinedLines >= probe.commonLines
            ? (probe.commonLines > 0 ? "combined and common" : "combined")
            : (probe.combinedLines > 0 ? "common and combined" : "common");
    long unit;
    String time;
    if (probe.decimalTails == 0 && probe.integerTails == 0) {
      unit = 1;
      time = "";
    } else if (probe.integerTails == 0) {
      unit = 1;
      time = " with request time (seconds, as nginx $request_time)";
    } else if (probe.maxIntegerTail > 60 || probe.decimalTails > 0) {
      // Apache %D: microseconds. A whole number of seconds above a minute is unlikely in a file's
      // first lines, one of microseconds is the rule.
      unit = 1;
      time = " with request time (microseconds, as Apache %D)";
    } else {
      unit = 1_000_000;
      time = " with request time (whole seconds, as Apache %T)";
    }
    return new FileFormat(kind + time, false, () -> new ClfParser(unit));
  }

  private static void check(
      FileFormat format, byte[] head, int start, int length, boolean whole, String name) {
    LineParser parser = format.parsers().get();
    Tally scratch = scratch();
    long[] seen = new long[2];
    String[] first = new String[1];
    forEachLine(
        head,
        start,
        length,
        whole,
        (from, to) -> {
          seen[0]++;
          String reason = from == to ? Reasons.BLANK : parser.parse(head, from, to, scratch);
          if (reason != null) {
            seen[1]++;
            if (first[0] == null) {
              first[0] =
                  "line " + seen[0] + ": " + reason + ": " + Bytes.excerpt(head, from, to, 60);
            }
          }
          return null;
        });
    if (seen[0] > 0 && seen[1] > NOT_A_LOG * seen[0]) {
      throw new InputException(
          name,
          String.format(
              "not an access log: %d of its first %d lines are not in the %s format (%s)",
              seen[1], seen[0], format.description(), first[0]));
    }
  }

  private interface LineAction {
    String apply(int from, int to);
  }

  /** Runs the action on each whole line of the head, at most {@link #LINES}. */
  private static void forEachLine(
      byte[] head, int start, int length, boolean whole, LineAction action) {
    int pos = start;
    for (int n = 0; n < LINES && pos < length; n++) {
      int nl = Bytes.indexOf(head, pos, length, (byte) '\n');
      if (nl < 0 && !whole) {
        return;
      }
      int end = nl < 0 ? length : nl;
      int to = end > pos && head[end - 1] == '\r' ? end - 1 : end;
      action.apply(pos, to);
      pos = end + 1;
    }
  }

  private static Tally scratch() {
    return new Tally(60, 0, 1);
  }

  /** Why the bytes are not text, or null when they are. */
  private static String binary(byte[] head, int start, int length) {
    int end = Math.min(length, start + 4096);
    int control = 0;
    for (int i = start; i < end; i++) {
      byte c = head[i];
      if (c == 0) {
        return "it holds binary data (a zero byte at offset " + i + ")";
      }
      if (c >= 0 && c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    if (control > (end - start) / 10) {
      return "it holds binary data (" + control + " control characters in its first bytes)";
    }
    return null;
  }

  private static int firstNonSpace(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
        return i;
      }
    }
    return -1;
  }

  /**
   * A JSON document whose first member is a "log" object: HAR 1.2. (Docker's JSON lines also start
   * with "log", but with a string.)
   */
  private static boolean looksLikeHar(byte[] b, int brace, int to) {
    int i = firstNonSpace(b, brace + 1, to);
    if (i < 0 || i + 5 > to || !text(b, i, 5).equals("\"log\"")) {
      return false;
    }
    int colon = firstNonSpace(b, i + 5, to);
    if (colon < 0 || b[colon] != ':') {
      return false;
    }
    int value = firstNonSpace(b, colon + 1, to);
    return value >= 0 && b[value] == '{';
  }

  private static String text(byte[] b, int from, int length) {
    return new String(b, from, length, java.nio.charset.StandardCharsets.US_ASCII);
  }
}
