package dev.statuskit.server.demo;

import dev.statuskit.exchange.Headers;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a handler sees it.
 *
 * @param method the method, upper case
 * @param path the raw path, without query
 * @param params the values of the route's {@code {name}} segments
 * @param query the query parameters, decoded; the first value of each name
 * @param headers the request header fields
 * @param body the request body (bounded by {@link Dispatcher#MAX_BODY})
 * @param requestId the id the response will carry in X-Request-Id
 */
record Call(
    String method,
    String path,
    Map<String, String> params,
    Map<String, String> query,
    Headers headers,
    byte[] body,
    String requestId) {

  /** The same call, routed: with the values of the route's path segments. */
  Call with(Map<String, String> routeParams) {
    return new Call(method, path, Map.copyOf(routeParams), query, headers, body, requestId);
  }

  String param(String name) {
    String value = params.get(name);
    if (value == null) {
      throw new IllegalArgumentException("the route has no {" + name + "}");
    }
    return value;
  }

  Optional<String> query(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /** An RFC 9457 problem about this request. */
  Reply problem(int status, String code, String detail) {
    return ProblemDetails.reply(this, status, code, detail, List.of());
  }

  /** An RFC 9457 problem that names the fields at fault, for 400 and 422. */
  Reply invalid(int status, String code, String detail, List<ProblemDetails.FieldError> errors) {
    return ProblemDetails.reply(this, status, code, detail, errors);
  }
}
