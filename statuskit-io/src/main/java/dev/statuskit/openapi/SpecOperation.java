package dev.statuskit.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Optional;

/**
 * One operation of a spec, its references followed: path-level and operation parameters merged, the
 * security in force, its documented responses.
 *
 * @param path the path template, "/orders/{id}"
 * @param method upper case
 * @param pointer where it is written: "/paths/~1orders~1{id}/get"
 * @param operation swagger-parser's model of it
 * @param parameters path-level and operation parameters, the operation's winning
 * @param requestBody the request body, if it takes one
 * @param security the security requirements in force: the operation's own, else the global ones
 * @param responses the documented responses, in the order written
 * @param spec the spec it belongs to
 */
record SpecOperation(
    String path,
    String method,
    String pointer,
    Operation operation,
    List<Parameter> parameters,
    Optional<RequestBody> requestBody,
    List<SecurityRequirement> security,
    List<SpecResponse> responses,
    Spec spec) {

  /** "POST /orders". */
  String label() {
    return method + " " + path;
  }

  /** The response documented under exactly this code. */
  Optional<SpecResponse> response(int code) {
    String key = String.valueOf(code);
    return responses.stream().filter(r -> r.key().equals(key)).findFirst();
  }

  boolean documents(int code) {
    return response(code).isPresent();
  }

  /** Whether some response covers the code: itself, or its class's range key ("4XX"). */
  boolean covers(int code) {
    return documents(code) || hasRange(code / 100);
  }

  /** Whether a range key such as "4XX" is documented for the class. */
  boolean hasRange(int classDigit) {
    return responses.stream().anyMatch(r -> r.rangeDigit().orElse(-1) == classDigit);
  }

  /** Whether any code of the class is documented, singly or by range. */
  boolean coversClass(int classDigit) {
    return responses.stream().anyMatch(r -> r.classDigit().orElse(-1) == classDigit);
  }

  boolean hasDefault() {
    return responses.stream().anyMatch(SpecResponse::isDefault);
  }

  /** Whether the path template has parameters: "/orders/{id}". */
  boolean hasPathParameters() {
    return path.contains("{") || parameters.stream().anyMatch(p -> "path".equals(p.getIn()));
  }

  /**
   * Whether credentials are required: some security requirement is in force, and none of them is
   * the empty one ({@code - {}}), which makes authentication optional (OpenAPI 3.1 §4.8.30).
   */
  boolean isSecured() {
    return !security.isEmpty() && security.stream().noneMatch(SecurityRequirement::isEmpty);
  }

  /**
   * Whether a credential may be valid and still not enough: a requirement names scopes (OAuth 2
   * scopes, or roles in OpenAPI 3.1), or uses OpenID Connect, whose tokens carry claims.
   */
  boolean requiresScopes() {
    return isSecured()
        && security.stream()
            .flatMap(r -> r.entrySet().stream())
            .anyMatch(
                e ->
                    (e.getValue() != null && !e.getValue().isEmpty())
                        || spec.securityScheme(e.getKey())
                            .map(s -> s.getType() == SecurityScheme.Type.OPENIDCONNECT)
                            .orElse(false));
  }
}
