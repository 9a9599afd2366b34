package dev.statuskit.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Tells a listener how many bytes each read took from the stream (skipped ones included), for
 * progress over big inputs. The listener gets each step rather than a total, so that several
 * streams read at once can add to one count.
 */
public final class CountingInputStream extends FilterInputStream {
  private final LongConsumer onRead;

  /**
   * @param onRead called with the number of bytes of each read or skip that took any
   */
  public CountingInputStream(InputStream in, LongConsumer onRead) {
    super(in);
    this.onRead = onRead;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      onRead.accept(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      onRead.accept(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      onRead.accept(skipped);
    }
    return skipped;
  }
}
