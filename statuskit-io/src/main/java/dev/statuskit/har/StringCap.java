package dev.statuskit.har;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;

/**
 * Cuts every JSON string in a UTF-8 byte stream to its first {@code limit} bytes, so that the JSON
 * parser above never buffers more than that of one string. Jackson reads a string token whole (and
 * refuses strings past 20 million characters), but a HAR body can be a 100 MB string; we only keep
 * the start of a body anyway.
 *
 * <p>The stream stays valid JSON: a cut falls between characters, never inside an escape or a UTF-8
 * sequence, and the closing quote is kept. For each cut it records where the string starts in the
 * capped stream and how many bytes of decoded text were left out, so the reader can tell the body's
 * true size, and how many raw bytes were left out on the line, so that the parser's column numbers
 * can be turned back into columns of the file. Line numbers never change: a JSON string holds no
 * raw line breaks, and a raw control character stops the cutting, so the parser sees it and reports
 * it where it is.
 */
final class StringCap extends FilterInputStream {

  /** One cut string. Mutable while the string is being dropped. */
  static final class Cut {
    /** Offset of the string's opening quote in the capped stream. */
    final long start;

    /** Offset in the capped stream where the dropped bytes were. */
    final long at;

    final int line;
    private final long droppedBeforeOnLine;
    private long droppedRaw;
    private long droppedUtf8;

    private Cut(long start, long at, int line, long droppedBeforeOnLine) {
      this.start = start;
      this.at = at;
      this.line = line;
      this.droppedBeforeOnLine = droppedBeforeOnLine;
    }

    /** Bytes of decoded text (UTF-8) left out of the string. */
    long droppedUtf8() {
      return droppedUtf8;
    }

    long droppedOnLineSoFar() {
      return droppedBeforeOnLine + droppedRaw;
    }
  }

  private static final int OUTSIDE = 0;
  private static final int IN_STRING = 1;
  private static final int DROPPING = 2;

  /** {@link #escape} right after a backslash; 1–4 count the hex digits of a \\u escape to come. */
  private static final int AFTER_BACKSLASH = -1;

  /** Enough recent cuts to cover what the parser has read ahead of its tokens. */
  private static final int RECENT = 64;

  private final int limit;
  private final ArrayDeque<Cut> recent = new ArrayDeque<>();

  private int state = OUTSIDE;
  private boolean mayCut;
  private int kept;
  private int escape;
  private int hex;
  private long emitted;
  private long stringStart;
  private int line = 1;
  private boolean afterCr;
  private Cut current;

  /**
   * @param in UTF-8 JSON
   * @param limit bytes of each string to pass on; the rest of a longer string is dropped
   */
  StringCap(InputStream in, int limit) {
    super(in);
    this.limit = limit;
  }

  /** The cut of the string whose opening quote is at this offset of the capped stream. */
  Optional<Cut> cutAt(long start) {
    for (Iterator<Cut> it = recent.descendingIterator(); it.hasNext(); ) {
      Cut c = it.next();
      if (c.start == start) {
        return Optional.of(c);
      }
      if (c.start < start) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Raw bytes dropped on a line before an offset of the capped stream: what to add to a column the
   * parser reports to get the column in the file.
   */
  long droppedBefore(int line, long offset) {
    for (Iterator<Cut> it = recent.descendingIterator(); it.hasNext(); ) {
      Cut c = it.next();
      if (c.at <= offset) {
        return c.line == line ? c.droppedOnLineSoFar() : 0;
      }
    }
    return 0;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n;
    do {
      n = read(one, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (true) {
      int n = in.read(b, off, len);
      if (n < 0) {
        return n;
      }
      int kept = filter(b, off, n);
      if (kept > 0) {
        return kept;
      }
    }
  }

  @Override
  public long skip(long n) throws IOException {
    // Skipping underneath would bypass the filter; the parser never skips anyway.
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    long done = 0;
    while (done < n) {
      int r = read(buf, 0, (int) Math.min(buf.length, n - done));
      if (r < 0) {
        break;
      }
      done += r;
    }
    return done;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  /** Filters b[off, off + n) in place; returns how many bytes are left at b[off]. */
  private int filter(byte[] b, int off, int n) {
    int end = off + n;
    int w = off;
    int i = off;
    while (i < end) {
      // Fast paths over runs of plain bytes, which are most of a HAR.
      int run = plainRun(b, i, end);
      if (run > 0) {
        if (state == DROPPING) {
          current.droppedRaw += run;
          current.droppedUtf8 += run;
        } else {
          if (w != i) {
            System.arraycopy(b, i, b, w, run);
          }
          w += run;
          emitted += run;
          if (state == IN_STRING) {
            kept += run;
          } else {
            afterCr = false;
          }
        }
        i += run;
        continue;
      }
      int c = b[i++] & 0xFF;
      boolean dropped =
          switch (state) {
            case OUTSIDE -> outside(c);
            case IN_STRING -> inString(c);
            default -> dropping(c);
          };
      if (!dropped) {
        b[w++] = (byte) c;
        emitted++;
      }
    }
    return w - off;
  }

  /**
   * How many bytes from b[i] need no decision in the current state: outside strings, anything but a
   * quote or a line break; inside, anything but a quote, a backslash or a control character, up to
   * the limit (past it, the byte-wise path finds a character boundary to cut at).
   */
  private int plainRun(byte[] b, int i, int end) {
    if (escape != 0) {
      return 0;
    }
    int j = i;
    if (state == OUTSIDE) {
      while (j < end && b[j] != '"' && b[j] != '\n' && b[j] != '\r') {
        j++;
      }
      return j - i;
    }
    int stop = end;
    if (state == IN_STRING && mayCut) {
      stop = (int) Math.min(end, i + Math.max(0L, (long) limit - kept));
    }
    while (j < stop) {
      byte c = b[j];
      if (c == '"' || c == '\\' || (c >= 0 && c < 0x20)) {
        break;
      }
      j++;
    }
    return j - i;
  }

  private boolean outside(int c) {
    switch (c) {
      case '"' -> {
        state = IN_STRING;
        mayCut = true;
        stringStart = emitted;
        kept = 0;
        escape = 0;
        afterCr = false;
      }
      // Count lines as the parser does: CR, LF and CRLF each end one.
      case '\r' -> {
        line++;
        afterCr = true;
      }
      case '\n' -> {
        if (!afterCr) {
          line++;
        }
        afterCr = false;
      }
      default -> afterCr = false;
    }
    return false;
  }

  private boolean inString(int c) {
    if (escape == AFTER_BACKSLASH) {
      escape = c == 'u' ? 4 : 0;
    } else if (escape > 0) {
      escape--;
    } else if (c == '"') {
      state = OUTSIDE;
      return false;
    } else if (mayCut && kept >= limit && (c & 0xC0) != 0x80) {
      // At a character boundary (not a UTF-8 continuation byte, not inside an escape).
      startDropping();
      return dropping(c);
    } else if (c == '\\') {
      escape = AFTER_BACKSLASH;
    }
    kept++;
    return false;
  }

  private void startDropping() {
    state = DROPPING;
    long before = 0;
    Cut last = recent.peekLast();
    if (last != null && last.line == line) {
      before = last.droppedOnLineSoFar();
    }
    current = new Cut(stringStart, emitted, line, before);
    recent.addLast(current);
    if (recent.size() > RECENT) {
      recent.removeFirst();
    }
  }

  private boolean dropping(int c) {
    if (escape == AFTER_BACKSLASH) {
      escape = c == 'u' ? 4 : 0;
      hex = 0;
      if (escape == 0) {
        current.droppedUtf8++;
      }
    } else if (escape > 0) {
      hex = hex * 16 + Character.digit(c, 16);
      if (--escape == 0) {
        current.droppedUtf8 += utf8Length(hex);
      }
    } else if (c == '"') {
      state = OUTSIDE;
      return false;
    } else if (c < 0x20) {
      // Not allowed raw in a JSON string: stop cutting so that the parser reports it in place.
      state = IN_STRING;
      mayCut = false;
      return false;
    } else if (c == '\\') {
      escape = AFTER_BACKSLASH;
    } else {
      current.droppedUtf8++;
    }
    current.droppedRaw++;
    return true;
  }

  /** UTF-8 bytes of one UTF-16 code unit; a surrogate is half of a four-byte character. */
  private static int utf8Length(int unit) {
    if (unit < 0x80) {
      return 1;
    }
    if (unit < 0x800 || Character.isSurrogate((char) unit)) {
      return 2;
    }
    return 3;
  }
}
