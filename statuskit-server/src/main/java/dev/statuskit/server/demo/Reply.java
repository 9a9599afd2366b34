package dev.statuskit.server.demo;

import dev.statuskit.exchange.Headers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * What a handler answers: status, header fields and body. The dispatcher adds what every response
 * gets (the request id), answers conditional requests and drops the body for HEAD.
 *
 * @param status the status code
 * @param headers the header fields the handler chose
 * @param body the body, empty for none
 */
record Reply(int status, Headers headers, byte[] body) {

  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";

  /** A response with neither body nor Content-Type. */
  static Reply empty(int status) {
    return new Reply(status, Headers.empty(), new byte[0]);
  }

  static Reply json(int status, Object value) {
    return new Reply(status, Headers.of("Content-Type", JSON), Json.bytes(value));
  }

  /** A text body; {@code mediaType} may be empty to leave Content-Type out (a planted mistake). */
  static Reply text(int status, Optional<String> mediaType, String text) {
    Headers headers = mediaType.map(t -> Headers.of("Content-Type", t)).orElse(Headers.empty());
    return new Reply(status, headers, text.getBytes(StandardCharsets.UTF_8));
  }

  Reply with(String name, String value) {
    return new Reply(status, headers.with(name, value), body);
  }

  /**
   * The same reply with a strong validator of its body, so clients can revalidate with
   * If-None-Match (RFC 9110 §8.8.3), and {@code no-cache} so they do so before each reuse.
   */
  Reply tagged() {
    return with("ETag", entityTag(body)).with("Cache-Control", "no-cache");
  }

  Optional<String> etag() {
    return headers.first("ETag");
  }

  private static String entityTag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
