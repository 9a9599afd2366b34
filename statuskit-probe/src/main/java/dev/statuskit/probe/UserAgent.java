package dev.statuskit.probe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The User-Agent statuskit sends, so API operators can tell an audit (or a tester request) from
 * real traffic.
 */
public final class UserAgent {
  private UserAgent() {}

  /** The module's version, from the POM; "dev" in an unfiltered (IDE) build. */
  public static final String VERSION = version();

  /** "statuskit/0.1.0 (+status-code audit)", what the prober sends. */
  static final String VALUE = "statuskit/" + VERSION + " (+status-code audit)";

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
