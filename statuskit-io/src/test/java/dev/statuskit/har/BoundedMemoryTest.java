package dev.statuskit.har;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a HAR far bigger than the heap, with two bodies each bigger than the heap would need to
 * hold them as one string, in a child JVM limited to a 48 MB heap. If the reader held all entries,
 * or one whole body (Jackson buffers a string token whole: 30 MB of text is 60 MB of chars), the
 * child would fail with OutOfMemoryError. The 256 MB heap and the 1 GB file of the issue are
 * measured by bench/har-throughput.sh.
 */
class BoundedMemoryTest {
  private static final int HEAP_MB = 48;
  private static final int HUGE_BODY_MB = 30;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void readsA200MegabyteHarIn48MegabytesOfHeap(@TempDir Path dir) throws Exception {
    Path har = dir.resolve("big.har");
    HarGenerator.Written written = HarGenerator.write(har, 200L * 1024 * 1024, HUGE_BODY_MB);
    assertThat(written.bytes()).isGreaterThan(200L * 1024 * 1024);

    String out = runChild(har);

    assertThat(out)
        .contains("exchanges=" + written.exchanges() + " ")
        .contains("skipped=" + written.skipped() + " ");
    long largest = field(out, "largestBody");
    assertThat(largest).isGreaterThanOrEqualTo(HUGE_BODY_MB * 1024L * 1024);
    assertThat(field(out, "truncatedBodies")).isGreaterThanOrEqualTo(2);
  }

  private static String runChild(Path har) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + HEAP_MB + "m");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(classPath());
    command.add(HarThroughput.class.getName());
    command.add(har.toString());
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor()).as("exit code; output:%n%s", out).isZero();
    return out;
  }

  /** Surefire may run tests from a manifest-only jar; it gives the real class path here. */
  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  private static long field(String out, String name) {
    for (String part : out.strip().split("\\s+")) {
      if (part.startsWith(name + "=")) {
        return Long.parseLong(part.substring(name.length() + 1));
      }
    }
    throw new AssertionError("no " + name + " in: " + out);
  }
}
