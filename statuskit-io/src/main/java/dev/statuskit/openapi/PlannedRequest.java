package dev.statuskit.openapi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One request the conformance check wants sent, and what the spec says should come back.
 *
 * @param operation the operation, "GET /orders/{orderId}"
 * @param pointer where the operation is written in the spec: "/paths/~1orders~1{orderId}/get"
 * @param variant valid, or which way it is wrong on purpose
 * @param description what the request tries, for reports: "GET /orders/{orderId} with an id that
 *     does not exist"
 * @param method upper case
 * @param target path and query, with parameters filled in and encoded, relative to the API's base
 *     URL (see {@link ConformancePlan#basePath()}): "/orders/ord_42?limit=20"
 * @param headers header parameters, Accept, and Content-Type when there is a body; never
 *     credentials
 * @param body the request body (JSON text), if the operation takes one
 * @param withCredentials whether to add the user's credentials; false for {@link
 *     Variant#NO_CREDENTIALS}
 * @param expectation the responses the operation documents
 */
public record PlannedRequest(
    String operation,
    String pointer,
    Variant variant,
    String description,
    String method,
    String target,
    Map<String, String> headers,
    Optional<String> body,
    boolean withCredentials,
    Expectation expectation) {

  public PlannedRequest {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }
}
