package dev.statuskit.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The User-Agent the prober sends, so API operators can tell an audit from real traffic. */
final class UserAgent {
  private UserAgent() {}

  /** "statuskit/0.1.0 (+status-code audit)"; the version comes from the POM. */
  static final String VALUE = "statuskit/" + version() + " (+status-code audit)";

  private static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream("probe.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "");
      // An unfiltered resource (an IDE build) still has the Maven placeholder.
      return v.isBlank() || v.startsWith("$") ? "dev" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
