package dev.statuskit.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines that were not requests, counted per reason, with the first few of each kept as samples. A
 * sample's place is its chunk and its line within the chunk, turned into "file:line" once every
 * chunk's line count is known (chunks are parsed in parallel, so no thread knows its absolute line
 * numbers).
 */
final class BadLines {
  /** Samples kept per reason. */
  static final int SAMPLES = 3;

  private static final int EXCERPT = 120;

  /** A kept bad line: where (chunk and line, or a reader's own "where") and an excerpt. */
  record Sample(int chunk, long line, String where, String excerpt) {}

  static final class Reason {
    long count;
    final List<Sample> samples = new ArrayList<>(SAMPLES);
  }

  private final Map<String, Reason> reasons = new LinkedHashMap<>();

  void add(String reason, int chunk, long line, byte[] b, int from, int to) {
    Reason r = reason(reason);
    r.count++;
    if (r.samples.size() < SAMPLES) {
      r.samples.add(new Sample(chunk, line, null, Bytes.excerpt(b, from, to, EXCERPT)));
    }
  }

  void add(String reason, int chunk, long line, String where, String excerpt) {
    Reason r = reason(reason);
    r.count++;
    if (r.samples.size() < SAMPLES) {
      r.samples.add(new Sample(chunk, line, where, excerpt));
    }
  }

  private Reason reason(String reason) {
    return reasons.computeIfAbsent(reason, k -> new Reason());
  }

  long total() {
    long total = 0;
    for (Reason r : reasons.values()) {
      total += r.count;
    }
    return total;
  }

  /** Adds the other counts; keeps the earliest samples of both, so the result is order-free. */
  void merge(BadLines other) {
    for (Map.Entry<String, Reason> e : other.reasons.entrySet()) {
      Reason mine = reason(e.getKey());
      mine.count += e.getValue().count;
      mine.samples.addAll(e.getValue().samples);
      mine.samples.sort(Comparator.comparingInt(Sample::chunk).thenComparingLong(Sample::line));
      while (mine.samples.size() > SAMPLES) {
        mine.samples.remove(mine.samples.size() - 1);
      }
    }
  }

  Map<String, Reason> reasons() {
    return reasons;
  }
}
