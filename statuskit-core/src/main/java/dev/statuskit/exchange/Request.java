package dev.statuskit.exchange;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The request half of an exchange.
 *
 * @param method the method, upper case
 * @param target the absolute URL, or the path and query as logged
 * @param headers the header fields, empty when the source does not record them
 * @param body the body, empty when the source does not record it
 */
public record Request(
    String method, String target, Optional<Headers> headers, Optional<Body> body) {

  public Request {
    method = method.toUpperCase(Locale.ROOT);
  }

  /** The path of the target, without query or fragment: "/users/42". */
  public String path() {
    try {
      String p = URI.create(target.replace(" ", "%20")).getRawPath();
      return p == null || p.isEmpty() ? "/" : p;
    } catch (IllegalArgumentException e) {
      String t = target.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
      int cut = t.indexOf('?');
      return cut < 0 ? t : t.substring(0, cut);
    }
  }

  /**
   * The target as reports may show it: user-info and query parameters that look like credentials
   * (api_key, token, password, signature, ...) replaced by {@value Headers#REDACTED}.
   */
  public String shownTarget() {
    String t = USER_INFO.matcher(target).replaceFirst("$1" + Headers.REDACTED + "@");
    return SECRET_PARAM.matcher(t).replaceAll("$1=" + Headers.REDACTED);
  }

  private static final Pattern USER_INFO =
      Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@?#]*@");
  private static final Pattern SECRET_PARAM =
      Pattern.compile(
          "(?i)(?<=[?&;])((?:[a-z0-9_.-]*(?:api[_-]?key|token|secret|password|passwd|pwd|signature"
              + "|sig|session|auth)[a-z0-9_.-]*|key|code))=[^&;#]*");

  /** Whether the method is one that RFC 9110 §9.2.1 defines as safe. */
  public boolean isSafe() {
    return isSafe(method);
  }

  /** Whether this method (upper case, as sent) is one that RFC 9110 §9.2.1 defines as safe. */
  public static boolean isSafe(String method) {
    return switch (method) {
      case "GET", "HEAD", "OPTIONS", "TRACE" -> true;
      default -> false;
    };
  }

  /** A request header, when the source has headers and this one is present. */
  public Optional<String> header(String name) {
    return headers.flatMap(h -> h.first(name));
  }

  /** "POST https://api.example.com/orders". */
  @Override
  public String toString() {
    return method + " " + target;
  }
}
