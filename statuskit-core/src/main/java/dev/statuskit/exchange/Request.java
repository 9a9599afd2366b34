package dev.statuskit.exchange;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

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

  /** Whether the method is one that RFC 9110 §9.2.1 defines as safe. */
  public boolean isSafe() {
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
