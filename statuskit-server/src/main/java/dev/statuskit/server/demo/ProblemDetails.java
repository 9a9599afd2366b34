package dev.statuskit.server.demo;

import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.StatusCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Error bodies done right: {@code application/problem+json} (RFC 9457) with the members a client
 * needs: a machine-readable {@code code}, a human {@code detail}, the request id, and for
 * validation errors which fields are wrong.
 */
final class ProblemDetails {
  private ProblemDetails() {}

  /**
   * One invalid input.
   *
   * @param pointer a JSON Pointer (RFC 6901) into the request body, or the query parameter's name
   * @param detail what is wrong with it
   */
  record FieldError(String pointer, String detail) {}

  static Reply reply(Call call, int status, String code, String detail, List<FieldError> errors) {
    return new Reply(
        status,
        Headers.of("Content-Type", Reply.PROBLEM_JSON),
        Json.bytes(body(call, status, code, detail, errors)));
  }

  static Map<String, Object> body(
      Call call, int status, String code, String detail, List<FieldError> errors) {
    Map<String, Object> body = new LinkedHashMap<>();
    // "about:blank": the status code says it all, so the title is its phrase (RFC 9457 §4.2.1);
    // the extension member "code" is the finer reason clients branch on.
    body.put("type", "about:blank");
    body.put("title", StatusCodes.of(status).phrase());
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", call.path());
    body.put("code", code);
    body.put("requestId", call.requestId());
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    return body;
  }
}
