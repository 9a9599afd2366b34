package dev.statuskit.har;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a HAR with {@link HarReader} and prints what it saw and how fast: the fallback of
 * bench/har-throughput.sh, and the child process of the memory test. Keeps nothing but counters.
 *
 * <pre>java -Xmx256m -cp ... dev.statuskit.har.HarThroughput FILE.har</pre>
 *
 * Prints {@code exchanges=N skipped=N largestBody=N truncatedBodies=N seconds=S mbPerSecond=R
 * cpuSeconds=S mbPerCpuSecond=R heapPeakMb=H}, where the CPU figures are those of the reading
 * thread alone.
 */
public final class HarThroughput {

  private HarThroughput() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    AtomicLong skipped = new AtomicLong();
    long exchanges = 0;
    long largest = 0;
    long truncated = 0;
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    try (HarReader har = HarReader.open(file, (why, where) -> skipped.incrementAndGet())) {
      for (Exchange e : (Iterable<Exchange>) har.exchanges()::iterator) {
        exchanges++;
        Body body = e.response().body().orElse(Body.empty());
        largest = Math.max(largest, body.size());
        if (body.truncated()) {
          truncated++;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    // On a shared machine the wall clock counts time spent waiting for a core; CPU time does not.
    double cpuSeconds =
        (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double megabytes = size(file) / (1024.0 * 1024.0);
    System.out.printf(
        "exchanges=%d skipped=%d largestBody=%d truncatedBodies=%d seconds=%.2f mbPerSecond=%.1f"
            + " cpuSeconds=%.2f mbPerCpuSecond=%.1f heapPeakMb=%d%n",
        exchanges,
        skipped.get(),
        largest,
        truncated,
        seconds,
        megabytes / seconds,
        cpuSeconds,
        megabytes / cpuSeconds,
        heapPeak() / (1024 * 1024));
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The most heap the JVM has had in use at once, summed over its pools. */
  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed())
        .sum();
  }
}
