package dev.statuskit.probe.tester;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** "statuskit/0.1.0", sent unless the request names its own User-Agent. */
final class UserAgent {
  private UserAgent() {}

  static final String VALUE = "statuskit/" + version();

  /** The prober's resource carries the module version, filtered in by Maven. */
  private static String version() {
    try (InputStream in =
        UserAgent.class.getResourceAsStream("/dev/statuskit/probe/probe.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      return v.isBlank() || v.startsWith("$") ? "dev" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
