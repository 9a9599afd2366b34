package dev.statuskit.server.mock;

import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;

/**
 * The status line of every code, with the registry's reason phrase: Netty's own phrases are older
 * names for some codes (413 "Request Entity Too Large"), and it knows none for others.
 */
final class StatusLines {
  private static final HttpResponseStatus[] LINES = new HttpResponseStatus[600];

  /** Each code's HTTP/1.1 status line as bytes, CRLF included. */
  private static final byte[][] HTTP1 = new byte[600][];

  /** The registry's entries, looked up once: every response asks for its code's more than once. */
  private static final StatusCode[] CODES = new StatusCode[600];

  static {
    for (int code = 100; code < 600; code++) {
      CODES[code] = StatusCodes.of(code);
      LINES[code] = new HttpResponseStatus(code, phrase(code));
      HTTP1[code] =
          ("HTTP/1.1 " + code + " " + LINES[code].reasonPhrase() + "\r\n")
              .getBytes(StandardCharsets.US_ASCII);
    }
  }

  private StatusLines() {}

  static HttpResponseStatus of(int code) {
    return LINES[code];
  }

  /** The status line an HTTP/1.1 response starts with, as bytes. */
  static byte[] http1(int code) {
    return HTTP1[code];
  }

  /** The registry's entry for the code. */
  static StatusCode code(int code) {
    return code >= 100 && code < 600 ? CODES[code] : StatusCodes.of(code);
  }

  /** The registry's name for the code, kept to the characters a reason phrase may hold. */
  static String phrase(int code) {
    String name = StatusCodes.of(code).name();
    // RFC 9112 §4: reason-phrase = *( HTAB / SP / VCHAR / obs-text ); keep it plain ASCII.
    return name.replace('\u2019', '\'').replaceAll("[^\\x20-\\x7E]", "");
  }
}
