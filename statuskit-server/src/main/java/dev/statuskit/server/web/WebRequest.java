package dev.statuskit.server.web;

import dev.statuskit.exchange.Headers;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request to the web UI, as the server that mounts it read it: whole, body included, so the UI
 * can answer it on any thread.
 *
 * @param method the request method, upper case
 * @param path the decoded path without the query: {@code /ui/codes/429}
 * @param query the decoded query parameters, in order
 * @param headers the header fields, in order
 * @param body the content (empty for none)
 */
public record WebRequest(
    String method, String path, Map<String, List<String>> query, Headers headers, byte[] body) {

  public WebRequest {
    query = Map.copyOf(query);
  }

  /** A request without query and body, for tests and simple callers. */
  public static WebRequest get(String path, Headers headers) {
    return new WebRequest("GET", path, Map.of(), headers, new byte[0]);
  }

  /** The first value of a query parameter. */
  Optional<String> param(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  Optional<String> header(String name) {
    return headers.first(name);
  }
}
