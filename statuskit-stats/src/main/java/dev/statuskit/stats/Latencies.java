package dev.statuskit.stats;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;

/** The histograms statuskit records latencies in: microseconds, two significant digits. */
final class Latencies {
  private Latencies() {}

  /** One hour: anything slower is recorded as one hour (a timeout, not a latency). */
  static final long HIGHEST_MICROS = 3_600_000_000L;

  /** Within 1% of the true value: plenty for p99s, and 8× smaller than three digits. */
  private static final int DIGITS = 2;

  static Histogram histogram() {
    return new Histogram(1, HIGHEST_MICROS, DIGITS);
  }

  /**
   * A histogram whose memory grows with the values it holds rather than with its range: for
   * endpoints, of which there can be thousands, most with few distinct latencies.
   */
  static PackedHistogram packed() {
    return new PackedHistogram(HIGHEST_MICROS, DIGITS);
  }

  static void record(AbstractHistogram h, long micros) {
    h.recordValue(Math.max(1, Math.min(micros, HIGHEST_MICROS)));
  }

  /** Adds {@code from} into {@code into}, creating it when needed; returns the sum. */
  static Histogram add(Histogram into, Histogram from) {
    if (from == null) {
      return into;
    }
    Histogram sum = into == null ? histogram() : into;
    sum.add(from);
    return sum;
  }

  static StatsReport.Latency summary(AbstractHistogram h) {
    return new StatsReport.Latency(
        h.getTotalCount(),
        ms(h.getValueAtPercentile(50)),
        ms(h.getValueAtPercentile(90)),
        ms(h.getValueAtPercentile(95)),
        ms(h.getValueAtPercentile(99)),
        ms(h.getValueAtPercentile(99.9)),
        ms(h.getMaxValue()),
        Math.round(h.getMean()) / 1000.0);
  }

  private static double ms(long micros) {
    return micros / 1000.0;
  }
}
