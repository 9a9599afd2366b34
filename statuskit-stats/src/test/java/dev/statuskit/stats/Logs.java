package dev.statuskit.stats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writing test logs. */
final class Logs {
  private Logs() {}

  /** A combined line with a request time in seconds, at 2024-05-14 10:MM:SS UTC. */
  static String combined(
      String client, int minute, int second, String method, String target, int status, double ms) {
    return String.format(
        java.util.Locale.ROOT,
        "%s - - [14/May/2024:10:%02d:%02d +0000] \"%s %s HTTP/1.1\" %d 100 \"-\" \"test\" %.6f",
        client,
        minute,
        second,
        method,
        target,
        status,
        ms / 1000);
  }

  static Path write(Path dir, String name, List<String> lines) {
    return write(dir, name, String.join("\n", lines) + "\n");
  }

  static Path write(Path dir, String name, String text) {
    return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Path p = dir.resolve(name);
      Files.write(p, bytes);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static StatsReport run(Stats stats, Path... files) {
    return stats.run(
        java.util.Arrays.stream(files).map(Path::toString).toList(), ProgressListener.NONE);
  }
}
