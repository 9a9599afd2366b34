package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import java.util.regex.Pattern;

/** Checks on header fields a request asks the mock to send, so none can break the response. */
final class FieldCheck {
  private FieldCheck() {}

  /** The longest field name a request may choose. */
  private static final int MAX_NAME = 64;

  /** Field values may hold visible characters, spaces and tabs only (RFC 9110 §5.5). */
  private static final Pattern VALUE = Pattern.compile("[\\t\\x20-\\x7E\\x80-\\xFF]{0,4096}");

  static String checked(String name, String value) {
    if (name.length() > MAX_NAME || !Headers.isToken(name)) {
      throw Refusal.badRequest("'" + Numbers.shorten(name) + "' is not a header field name");
    }
    if (!VALUE.matcher(value).matches()) {
      throw Refusal.badRequest(
          "the value for " + name + " has control characters or is longer than 4096");
    }
    return value;
  }
}
