package dev.statuskit.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * The chunks of a run in input order, with the line count of each once parsed: what turns a bad
 * line's place in its chunk into "file:line".
 */
final class Chunks {
  private record Chunk(int input, String name) {}

  private final List<Chunk> chunks = new ArrayList<>();
  private long[] lines = new long[16];

  /** Registers the next chunk of an input (inputs' chunks are registered in order). */
  synchronized int add(int input, String name) {
    chunks.add(new Chunk(input, name));
    if (chunks.size() > lines.length) {
      lines = java.util.Arrays.copyOf(lines, lines.length * 2);
    }
    return chunks.size() - 1;
  }

  synchronized void done(int chunk, long lineCount) {
    lines[chunk] = lineCount;
  }

  /** Lines of one input. */
  synchronized long lines(int input) {
    long sum = 0;
    for (int c = 0; c < chunks.size(); c++) {
      if (chunks.get(c).input() == input) {
        sum += lines[c];
      }
    }
    return sum;
  }

  /** "access.log:812" for a line of a chunk. */
  synchronized String where(int chunk, long line) {
    Chunk c = chunks.get(chunk);
    long before = 0;
    for (int i = 0; i < chunk; i++) {
      if (chunks.get(i).input() == c.input()) {
        before += lines[i];
      }
    }
    return c.name() + ":" + (before + line);
  }
}
