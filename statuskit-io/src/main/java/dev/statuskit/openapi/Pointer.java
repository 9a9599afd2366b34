package dev.statuskit.openapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** JSON pointers (RFC 6901) into a spec: how findings say where they are. */
final class Pointer {
  private Pointer() {}

  /** One reference token: "~" → "~0", "/" → "~1" (RFC 6901 §3). */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** {@code /paths/~1orders~1{id}/get}. */
  static String operation(String path, String method) {
    return "/paths/" + escape(path) + "/" + method.toLowerCase(java.util.Locale.ROOT);
  }

  /** {@code /paths/~1orders/post/responses/201}. */
  static String response(String path, String method, String key) {
    return operation(path, method) + "/responses/" + escape(key);
  }

  /**
   * The pointer of a {@code $ref}'s fragment, as a JSON pointer: a ref is a URI, so its fragment
   * may be percent-encoded ({@code #/paths/~1users~1%7Bid%7D}; RFC 6901 §6).
   */
  static String ofFragment(String fragment) {
    return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
