package dev.statuskit.stats;

import java.io.IOException;

/**
 * Cuts a byte source into lines and hands each to a parser, in a buffer reused for the whole
 * source: a line is never copied, only the tail of a buffer when it is refilled. A line longer than
 * {@link #MAX_LINE} is counted as bad and skipped without being held.
 */
final class LineLoop {
  private LineLoop() {}

  static final int BUFFER = 1 << 20;
  static final int MAX_LINE = 64 << 10;

  /** Where the bytes come from: a file chunk or a stream. */
  interface Source {
    /** Reads up to {@code len} bytes; -1 at the end. */
    int read(byte[] b, int off, int len) throws IOException;
  }

  /**
   * Parses every line of the source into the tally.
   *
   * @param head bytes already read from the source (the sniffed head), parsed first; may be empty
   * @return the number of lines
   */
  static long run(byte[] head, int headLength, Source source, LineParser parser, Tally tally)
      throws IOException {
    byte[] buf = new byte[Math.max(BUFFER, headLength)];
    System.arraycopy(head, 0, buf, 0, headLength);
    int start = 0;
    int limit = headLength;
    long line = 0;
    boolean eof = false;
    boolean skipping = false;
    while (true) {
      int nl = Bytes.indexOf(buf, start, limit, (byte) '\n');
      if (nl >= 0) {
        if (skipping) {
          skipping = false;
        } else {
          line++;
          one(buf, start, nl, line, parser, tally);
        }
        start = nl + 1;
        continue;
      }
      if (eof) {
        if (start < limit && !skipping) {
          line++;
          one(buf, start, limit, line, parser, tally);
        }
        return line;
      }
      if (limit - start >= MAX_LINE) {
        if (!skipping) {
          line++;
          tally.bad(Reasons.TOO_LONG, line, buf, start, start + 200);
          skipping = true;
        }
        start = limit;
      }
      int kept = limit - start;
      System.arraycopy(buf, start, buf, 0, kept);
      start = 0;
      limit = kept;
      int n = source.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }

  private static void one(byte[] b, int from, int to, long line, LineParser parser, Tally tally) {
    int end = to > from && b[to - 1] == '\r' ? to - 1 : to;
    String reason = end == from ? Reasons.BLANK : parser.parse(b, from, end, tally);
    if (reason != null) {
      tally.bad(reason, line, b, from, end);
    }
  }
}
