package dev.statuskit.probe.tester;

import dev.statuskit.input.InputException;
import java.net.URI;
import java.util.Locale;

/** What a URL must be to be sent to, and how it is shown. */
final class Targets {
  private Targets() {}

  static String shown(URI url) {
    return Shown.url(url.toString());
  }

  static boolean isHttps(URI url) {
    return "https".equalsIgnoreCase(url.getScheme());
  }

  static boolean isHttp(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https");
  }

  /**
   * @throws InputException unless the URL is absolute http or https with a host and no user-info
   */
  static void check(URI url) {
    if (!isHttp(url)) {
      throw new InputException(shown(url), "only http:// and https:// URLs can be sent");
    }
    if (url.getHost() == null || url.getHost().isEmpty()) {
      throw new InputException(shown(url), "the URL has no host");
    }
    if (url.getRawUserInfo() != null) {
      // RFC 9110 §4.2.4 deprecates user-info in http URLs; HttpClient refuses to send it.
      throw new InputException(
          shown(url), "credentials in the URL are not sent; use an Authorization header instead");
    }
  }
}
