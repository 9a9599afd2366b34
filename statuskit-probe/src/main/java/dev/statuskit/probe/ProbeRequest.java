package dev.statuskit.probe;

import dev.statuskit.exchange.Headers;
import java.net.URI;
import java.util.Optional;

/**
 * One request the prober means to send.
 *
 * @param kind which probe it is
 * @param method the method, upper case
 * @param uri the absolute URL
 * @param headers the fields to send beside those the client adds (Host, User-Agent)
 * @param body the content, with its Content-Type among the headers
 */
record ProbeRequest(Kind kind, String method, URI uri, Headers headers, Optional<String> body) {

  ProbeRequest withHeader(String name, String value) {
    return withHeaders(headers.with(name, value));
  }

  ProbeRequest withHeaders(Headers replaced) {
    return new ProbeRequest(kind, method, uri, replaced, body);
  }

  ProbeRequest withBody(String contentType, String content) {
    return new ProbeRequest(
        kind, method, uri, headers.with("Content-Type", contentType), Optional.of(content));
  }

  /** The path and query, as written in sources and reports. */
  String pathAndQuery() {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /** "probe: head HEAD /users/42", the exchange's source. */
  String source() {
    return "probe: " + kind.label() + " " + method + " " + pathAndQuery();
  }
}
