package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The histogram's percentiles against a sort of every request time. */
class PercentilesTest {
  @TempDir Path dir;

  @Test
  void matchANaiveComputationWithinOnePercent() {
    SplittableRandom random = new SplittableRandom(11);
    List<String> lines = new ArrayList<>();
    double[] ok = new double[20_000];
    double[] failed = new double[3_000];
    for (int i = 0; i < ok.length; i++) {
      ok[i] = 20 * Math.exp(random.nextGaussian() * 0.8);
      lines.add(Logs.combined("10.0.0.1", i % 60, i % 60, "GET", "/a", 200, ok[i]));
    }
    for (int i = 0; i < failed.length; i++) {
      failed[i] = 2000 + random.nextDouble() * 8000;
      lines.add(Logs.combined("10.0.0.2", i % 60, 0, "GET", "/b", 503, failed[i]));
    }
    StatsReport report = Logs.run(Stats.builder().build(), Logs.write(dir, "t.log", lines));

    double[] all = new double[ok.length + failed.length];
    System.arraycopy(ok, 0, all, 0, ok.length);
    System.arraycopy(failed, 0, all, ok.length, failed.length);
    assertClose(report.latency().orElseThrow(), all);
    assertClose(report.code(200).orElseThrow().latency().orElseThrow(), ok);
    assertClose(report.code(503).orElseThrow().latency().orElseThrow(), failed);
    assertClose(report.endpoint("/b").orElseThrow().latency().orElseThrow(), failed);
  }

  private static void assertClose(StatsReport.Latency latency, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    assertThat(latency.count()).isEqualTo(values.length);
    assertThat(latency.p50()).isCloseTo(rank(sorted, 50), within(rank(sorted, 50)));
    assertThat(latency.p90()).isCloseTo(rank(sorted, 90), within(rank(sorted, 90)));
    assertThat(latency.p95()).isCloseTo(rank(sorted, 95), within(rank(sorted, 95)));
    assertThat(latency.p99()).isCloseTo(rank(sorted, 99), within(rank(sorted, 99)));
    assertThat(latency.max())
        .isCloseTo(sorted[sorted.length - 1], within(sorted[sorted.length - 1]));
    assertThat(latency.mean())
        .isCloseTo(Arrays.stream(values).average().orElseThrow(), within(latency.mean()));
  }

  /** The nearest-rank percentile. */
  private static double rank(double[] sorted, double percentile) {
    int index = (int) Math.ceil(percentile / 100 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  /** 1% of the value, plus the microsecond the log's precision loses. */
  private static org.assertj.core.data.Offset<Double> within(double value) {
    return org.assertj.core.data.Offset.offset(value * 0.01 + 0.002);
  }
}
