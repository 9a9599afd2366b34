package dev.statuskit.server.web;

import dev.statuskit.exchange.Headers;

/**
 * What the web UI answers: the server that mounts it writes status, fields and content as they are
 * (adding only what every response of that server gets, such as Date and Content-Length).
 *
 * @param status the status code
 * @param headers the header fields, in order
 * @param body the content (empty for none)
 */
public record WebResponse(int status, Headers headers, byte[] body) {

  /** A copy with one more header field. */
  WebResponse with(String name, String value) {
    return new WebResponse(status, headers.with(name, value), body);
  }
}
