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

  /** The request line, with credentials in the URL redacted: "POST /orders". */
  public static Evidence request(Subject s) {
    return new Evidence("request", s.request().method() + " " + s.request().shownTarget());
  }

  /** The status line as received: "201 Created". */
  public static Evidence status(Subject s) {
    return new Evidence("status", s.response().toString());
  }

  /** The start of the response body, on one line. */
  public static Evidence body(Subject s) {
    return new Evidence("body", s.response().body().map(b -> b.preview(120)).orElse(""));
  }

  /** A header that should be there and is not. */
  public static Evidence absent(String name) {
    return new Evidence(name, "(absent)");
  }
}
