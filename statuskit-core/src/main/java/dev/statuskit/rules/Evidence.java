package dev.statuskit.rules;

import dev.statuskit.exchange.Headers;

/**
 * One fact that shows why a finding was raised: a header and its value (or its absence), a body
 * excerpt, the request line.
 *
 * @param label what this is: "request", "status", "Location", "body"
 * @param value what was seen; credentials are already redacted
 */
public record Evidence(String label, String value) {

  /** A header as seen, with credentials redacted. */
  public static Evidence header(String name, String value) {
    return new Evidence(name, Headers.shown(name, value));
  }

  /** A header that should be there and is not. */
  public static Evidence absent(String name) {
    return new Evidence(name, "(absent)");
  }
}
