package dev.statuskit.stats;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plain file into byte ranges that start at line starts, so that threads can parse them
 * independently: a few chunks per thread, so that a thread that finishes early takes another.
 */
final class ChunkPlanner {
  private ChunkPlanner() {}

  private static final long MAX_CHUNK = 64L << 20;
  private static final int WINDOW = 64 << 10;

  /** [start, end) ranges covering the file, in order. */
  static List<long[]> plan(Path path, long size, int threads, long minSplit) throws IOException {
    List<long[]> ranges = new ArrayList<>();
    if (threads <= 1 || size < minSplit) {
      ranges.add(new long[] {0, size});
      return ranges;
    }
    long target = Math.max(minSplit / 2, Math.min(MAX_CHUNK, size / (threads * 4L)));
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long start = 0;
      while (start < size) {
        long end = start + target >= size ? size : lineStartAtOrAfter(ch, start + target, size);
        ranges.add(new long[] {start, end});
        start = end;
      }
    }
    return ranges;
  }

  /** The first line start at or after {@code position}: just past a newline. */
  private static long lineStartAtOrAfter(FileChannel ch, long position, long size)
      throws IOException {
    byte[] window = new byte[WINDOW];
    long at = position - 1;
    while (at < size) {
      int n = Engine.readFully(ch, at, window, Math.min(WINDOW, size - at));
      int nl = Bytes.indexOf(window, 0, n, (byte) '\n');
      if (nl >= 0) {
        return at + nl + 1;
      }
      at += n;
    }
    return size;
  }
}
