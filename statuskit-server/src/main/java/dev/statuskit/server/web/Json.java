package dev.statuskit.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.StatusCodes;
import java.io.UncheckedIOException;

/** JSON responses of the UI's API, and its errors as problem details (RFC 9457). */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static final String JSON = "application/json";
  static final String PROBLEM_JSON = "application/problem+json";

  private Json() {}

  static WebResponse ok(JsonNode body) {
    return of(200, JSON, body);
  }

  /**
   * An error the page shows as it is: {@code detail} is one line that says what is wrong and, where
   * it can, what to do.
   */
  static WebResponse problem(int status, String detail) {
    ObjectNode p = MAPPER.createObjectNode();
    p.put("type", "about:blank");
    p.put("title", StatusCodes.of(status).phrase());
    p.put("status", status);
    p.put("detail", detail);
    return of(status, PROBLEM_JSON, p);
  }

  private static WebResponse of(int status, String type, JsonNode body) {
    try {
      return new WebResponse(
          status,
          Headers.of("Content-Type", type, "Cache-Control", "no-store"),
          MAPPER.writeValueAsBytes(body));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
