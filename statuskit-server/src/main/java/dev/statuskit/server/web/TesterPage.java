package dev.statuskit.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.exchange.Headers;
import dev.statuskit.input.InputException;
import dev.statuskit.probe.tester.Tester;
import dev.statuskit.probe.tester.TesterJson;
import dev.statuskit.probe.tester.TesterOptions;
import dev.statuskit.probe.tester.TesterRequest;
import dev.statuskit.probe.tester.TesterResult;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tester page's API: one request described as JSON, sent by the same engine as {@code statuskit
 * request}, answered with that engine's JSON (status, headers, body, timing, redirects, findings).
 *
 * <pre>{@code
 * {"method": "GET", "url": "http://127.0.0.1:8080/status/401",
 *  "headers": [{"name": "Accept", "value": "application/json"}], "body": "", "followRedirects": false}
 * }</pre>
 *
 * The engine reaches only loopback addresses unless the server was started with remote targets
 * allowed; it refuses the others, and redirects to them, with a one-line reason the page shows.
 */
final class TesterPage {
  /** Header fields one request may carry. */
  static final int MAX_FIELDS = 100;

  private final Tester tester;

  TesterPage(boolean allowRemoteTargets) {
    this.tester = Tester.create(TesterOptions.defaults().withLoopbackOnly(!allowRemoteTargets));
  }

  /** Sends the request the body describes (blocking: call it off the event loop). */
  WebResponse send(WebRequest r) {
    TesterRequest request;
    try {
      request = request(r.body());
    } catch (IllegalArgumentException e) {
      return Json.problem(400, e.getMessage());
    }
    if (request.url().getRawPath() != null
        && request.url().getRawPath().startsWith(WebUi.PREFIX + "api/")) {
      // The UI's own actions would call themselves, each holding a thread of the pool.
      return Json.problem(422, "the tester does not send requests to the UI's own API");
    }
    TesterResult result;
    try {
      result = tester.send(request);
    } catch (InputException e) {
      return Json.problem(422, e.toString());
    }
    return Json.ok(TesterJson.write(result));
  }

  /** The request the JSON describes; every problem is one line naming the field. */
  static TesterRequest request(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("the body is not JSON: " + firstLine(e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the body must be a JSON object");
    }
    String method = text(root, "method").orElse("GET").strip();
    if (!method.matches("[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,31}")) {
      throw new IllegalArgumentException("method must be a token such as GET or POST: " + method);
    }
    String url =
        text(root, "url")
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseThrow(() -> new IllegalArgumentException("url is missing"));
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("url is not a valid URL: " + e.getMessage());
    }
    if (!uri.isAbsolute()
        || uri.getHost() == null
        || !(uri.getScheme().equalsIgnoreCase("http")
            || uri.getScheme().equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException(
          "url must be an absolute http or https URL with a host: " + url);
    }
    List<TesterRequest.Field> fields = new ArrayList<>();
    JsonNode headers = root.path("headers");
    if (!headers.isMissingNode() && !headers.isNull() && !headers.isArray()) {
      throw new IllegalArgumentException("headers must be a list of {name, value}");
    }
    for (JsonNode h : headers) {
      String name = text(h, "name").map(String::strip).orElse("");
      if (name.isEmpty()) {
        continue; // an empty row of the form
      }
      if (!Headers.isToken(name)) {
        throw new IllegalArgumentException("header name is not a token: " + name);
      }
      String value = text(h, "value").orElse("");
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("header " + name + " has a line break in its value");
      }
      fields.add(new TesterRequest.Field(name, value.strip()));
    }
    if (fields.size() > MAX_FIELDS) {
      throw new IllegalArgumentException("at most " + MAX_FIELDS + " header fields");
    }
    Optional<String> content = text(root, "body").filter(s -> !s.isEmpty());
    boolean follow = root.path("followRedirects").asBoolean(false);
    return new TesterRequest(method, uri, fields, content, follow);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message);
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
