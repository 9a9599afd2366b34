package dev.statuskit.stats;

/**
 * A hand-written scanner for the NCSA Common and Combined Log Formats, as nginx and Apache write
 * them by default, each line in either of the two:
 *
 * <pre>
 * host ident user [10/Oct/2000:13:55:36 -0700] "GET /a HTTP/1.1" 200 2326
 * host ident user [10/Oct/2000:13:55:36 -0700] "GET /a HTTP/1.1" 200 2326 "referer" "agent"
 * </pre>
 *
 * followed, optionally, by a request time: the first number after the last quoted field (or after
 * the size, in the common format). A number with a fraction is in seconds (nginx {@code
 * $request_time}); a whole number is in the unit the file's first lines suggest (Apache {@code %D}
 * microseconds, or {@code %T} seconds).
 *
 * <p>It reads only what the report needs: the status digits and the timestamp are read in place,
 * the referer is skipped quote to quote, and the user agent is never scanned (its closing quote,
 * the line's last, shows the line is whole).
 */
final class ClfParser implements LineParser {
  private final long integerUnitMicros;

  // What the lines looked like: read by the sniffer to describe the file and pick the unit.
  long combinedLines;
  long commonLines;
  long decimalTails;
  long integerTails;
  long maxIntegerTail = -1;

  /**
   * @param integerUnitMicros microseconds per unit of a whole-number request time: 1 for Apache
   *     {@code %D}, 1_000_000 for {@code %T}
   */
  ClfParser(long integerUnitMicros) {
    this.integerUnitMicros = integerUnitMicros;
  }

  @Override
  public String parse(byte[] b, int s, int e, Tally t) {
    int sp = Bytes.indexOf(b, s, e, (byte) ' ');
    if (sp <= s) {
      return sp < 0 ? Reasons.TRUNCATED : Reasons.NOT_FORMAT;
    }
    int bracket = Bytes.indexOf(b, sp + 1, e, (byte) '[');
    if (bracket < 0) {
      return Reasons.NOT_FORMAT;
    }
    int ts = bracket + 1;
    if (ts + Timestamps.CLF_LENGTH + 1 > e) {
      return Reasons.TRUNCATED;
    }
    long epoch = Timestamps.clf(b, ts, e);
    int p = ts + Timestamps.CLF_LENGTH;
    if (epoch == Timestamps.BAD || b[p] != ']') {
      return Reasons.BAD_TIMESTAMP;
    }
    p++;
    if (p + 2 > e) {
      return Reasons.TRUNCATED;
    }
    if (b[p] != ' ' || b[p + 1] != '"') {
      return Reasons.NOT_FORMAT;
    }
    int request = p + 2;
    int requestEnd = Bytes.closingQuote(b, request, e);
    if (requestEnd < 0) {
      return Reasons.TRUNCATED;
    }
    // "METHOD target protocol"; "-" or a TLS handshake's bytes when the client sent no request.
    int targetFrom = -1;
    int targetTo = -1;
    int methodEnd = Bytes.indexOf(b, request, requestEnd, (byte) ' ');
    if (methodEnd > request) {
      targetFrom = methodEnd + 1;
      int te = Bytes.indexOf(b, targetFrom, requestEnd, (byte) ' ');
      targetTo = te < 0 ? requestEnd : te;
      if (targetTo == targetFrom) {
        targetFrom = -1;
      }
    }
    p = requestEnd + 1;
    if (p + 4 > e) {
      return Reasons.TRUNCATED;
    }
    int status = Bytes.status(b, p + 1, e);
    if (b[p] != ' ' || status < 0) {
      return b[p] != ' ' ? Reasons.NOT_FORMAT : Reasons.BAD_STATUS;
    }
    p += 4;
    if (p >= e) {
      return Reasons.TRUNCATED;
    }
    if (b[p] != ' ') {
      return Reasons.BAD_STATUS;
    }
    int size = p + 1;
    int sizeEnd = Bytes.indexOf(b, size, e, (byte) ' ');
    if (sizeEnd < 0) {
      sizeEnd = e;
    }
    if (!isSize(b, size, sizeEnd)) {
      return Reasons.NOT_FORMAT;
    }
    long micros;
    if (sizeEnd == e) {
      commonLines++;
      micros = -1;
    } else if (sizeEnd + 1 < e && b[sizeEnd + 1] == '"') {
      int referer = sizeEnd + 2;
      int refererEnd = Bytes.closingQuote(b, referer, e);
      if (refererEnd < 0 || refererEnd + 1 == e) {
        return Reasons.TRUNCATED;
      }
      if (refererEnd + 2 >= e || b[refererEnd + 1] != ' ' || b[refererEnd + 2] != '"') {
        return Reasons.NOT_FORMAT;
      }
      int lastQuote = Bytes.lastIndexOf(b, refererEnd + 3, e, (byte) '"');
      if (lastQuote < 0) {
        return Reasons.TRUNCATED;
      }
      combinedLines++;
      micros = tail(b, lastQuote + 1, e);
    } else {
      commonLines++;
      micros = tail(b, sizeEnd, e);
      if (micros == Bytes.NONE) {
        return Reasons.EXTRA_TEXT;
      }
    }
    t.request(status, epoch, micros, b, targetFrom, targetTo, s, sp);
    return null;
  }

  /** The first number among the space-separated tokens in [from, to), or {@link Bytes#NONE}. */
  private long tail(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && b[i] == ' ') {
        i++;
      }
      int end = Bytes.indexOf(b, i, to, (byte) ' ');
      if (end < 0) {
        end = to;
      }
      if (end > i && Bytes.isDigit(b[i])) {
        boolean decimal = Bytes.hasDot(b, i, end);
        long micros = Bytes.micros(b, i, end, decimal ? 1_000_000 : integerUnitMicros);
        if (micros != Bytes.NONE) {
          if (decimal) {
            decimalTails++;
          } else {
            integerTails++;
            maxIntegerTail = Math.max(maxIntegerTail, micros / integerUnitMicros);
          }
          return micros;
        }
      }
      i = end;
    }
    return Bytes.NONE;
  }

  /** A response size: digits, or "-" for none. */
  private static boolean isSize(byte[] b, int from, int to) {
    if (to - from == 1 && b[from] == '-') {
      return true;
    }
    if (to == from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Bytes.isDigit(b[i])) {
        return false;
      }
    }
    return true;
  }
}
