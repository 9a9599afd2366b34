package dev.statuskit.stats;

import java.util.Arrays;
import org.HdrHistogram.AbstractHistogram;

/** What one thread has counted for one endpoint: requests per code, and latencies. */
final class EndpointTally {
  final String name;
  private int[] codes = new int[4];
  private long[] counts = new long[4];
  private int distinct;
  private long requests;
  AbstractHistogram latency;
  private final boolean dense;

  /** A tally whose latencies go into a compact (packed) histogram: for merging and rare ones. */
  EndpointTally(String name) {
    this(name, false);
  }

  /**
   * @param dense whether to record latencies into a plain histogram: six times faster to record
   *     into than a packed one, and 28 KB; for the first endpoints a thread sees, usually the
   *     busiest
   */
  EndpointTally(String name, boolean dense) {
    this.name = name;
    this.dense = dense;
  }

  void record(int code, long micros) {
    requests++;
    // Few endpoints see more than a handful of codes: a linear search beats a map here.
    for (int i = 0; i < distinct; i++) {
      if (codes[i] == code) {
        counts[i]++;
        recordLatency(micros);
        return;
      }
    }
    add(code, 1);
    recordLatency(micros);
  }

  private void recordLatency(long micros) {
    if (micros >= 0) {
      if (latency == null) {
        latency = dense ? Latencies.histogram() : Latencies.packed();
      }
      Latencies.record(latency, micros);
    }
  }

  private void add(int code, long count) {
    for (int i = 0; i < distinct; i++) {
      if (codes[i] == code) {
        counts[i] += count;
        return;
      }
    }
    if (distinct == codes.length) {
      codes = Arrays.copyOf(codes, distinct * 2);
      counts = Arrays.copyOf(counts, distinct * 2);
    }
    codes[distinct] = code;
    counts[distinct] = count;
    distinct++;
  }

  void merge(EndpointTally from) {
    requests += from.requests;
    for (int i = 0; i < from.distinct; i++) {
      add(from.codes[i], from.counts[i]);
    }
    if (from.latency != null) {
      if (latency == null) {
        latency = Latencies.packed();
      }
      latency.add(from.latency);
    }
  }

  long requests() {
    return requests;
  }

  int distinctCodes() {
    return distinct;
  }

  int code(int i) {
    return codes[i];
  }

  long count(int i) {
    return counts[i];
  }
}
