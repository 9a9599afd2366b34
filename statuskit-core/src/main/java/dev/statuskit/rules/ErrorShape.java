package dev.statuskit.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the parts of a JSON error body: its machine-readable code, its human-readable message, its
 * per-field details and its request id. APIs spell these many ways, and the common shapes are all
 * accepted:
 *
 * <ul>
 *   <li>flat: {@code {"code": "OUT_OF_STOCK", "message": "..."}}
 *   <li>nested under {@code error}: {@code {"error": {"code": ..., "message": ...}}}
 *   <li>an {@code errors} array of objects (JSON:API): the first entry counts
 *   <li>problem details (RFC 9457): {@code type} and {@code title}/{@code detail}
 *   <li>OAuth 2.0 (RFC 6749 §5.2): {@code error} and {@code error_description}
 * </ul>
 *
 * <p>A string {@code error} member is read as a code when it looks like one ({@code
 * "invalid_grant"}, {@code "NOT_FOUND"}) and as a message when it is prose ({@code "Rate limit
 * exceeded, try again later"}).
 */
final class ErrorShape {
  private ErrorShape() {}

  /**
   * A member found, with where it was.
   *
   * @param path where, for evidence: "code", "error.message", "errors[0].title"
   * @param value its value
   */
  record Member(String path, JsonNode value) {
    /** "error.code: \"OUT_OF_STOCK\"", bounded for reports. */
    String shown() {
      String v = value.toString();
      return path + ": " + (v.length() > 80 ? v.substring(0, 79) + "…" : v);
    }

    /** The path of a member of this one. */
    String pathOf(String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }

  private static final List<String> CODES =
      List.of("code", "error_code", "errorCode", "errorType", "error_type", "type");

  private static final List<String> MESSAGES =
      List.of(
          "message",
          "detail",
          "title",
          "error_description",
          "errorDescription",
          "msg",
          "description",
          "error_message",
          "errorMessage",
          "details");

  /** Members that carry per-field problems, as a list or a map. */
  private static final List<String> FIELD_LISTS =
      List.of(
          "errors", // RFC 9457 §3's example: [{"detail": ..., "pointer": "#/age"}]
          "details",
          "invalid-params", // the example extension of RFC 7807 §3, kept by many servers
          "invalid_params",
          "invalidParams",
          "violations",
          "fields",
          "fieldErrors",
          "field_errors",
          "validationErrors",
          "validation_errors",
          "validation",
          "constraintViolations",
          "constraint_violations",
          "invalidFields",
          "invalid_fields");

  /** Members that name the one field at fault. */
  private static final List<String> FIELD_NAMES =
      List.of("field", "param", "parameter", "pointer", "property", "propertyPath");

  /** Member names of request ids, lower-cased with punctuation removed. */
  private static final Set<String> REQUEST_IDS =
      Set.of(
          "requestid",
          "reqid",
          "xrequestid",
          "traceid",
          "correlationid",
          "xcorrelationid",
          "errorid",
          "incidentid");

  /** A machine-readable code, if the body has one. */
  static Optional<Member> code(JsonNode body) {
    for (Member place : containers(body, false)) {
      for (String name : CODES) {
        JsonNode v = place.value().get(name);
        boolean usable =
            v != null
                && (isText(v)
                    || (v.isNumber() && !name.equals("type") && !name.equals("errorType")));
        if (usable) {
          return Optional.of(new Member(place.pathOf(name), v));
        }
      }
      JsonNode error = place.value().get("error");
      if (isText(error) && isIdentifier(error.asText())) {
        return Optional.of(new Member(place.pathOf("error"), error));
      }
    }
    return Optional.empty();
  }

  /** A human-readable message, if the body has one. */
  static Optional<Member> message(JsonNode body) {
    for (Member place : containers(body, false)) {
      for (String name : MESSAGES) {
        JsonNode v = place.value().get(name);
        if (isText(v)) {
          return Optional.of(new Member(place.pathOf(name), v));
        }
      }
      JsonNode error = place.value().get("error");
      if (isText(error) && !isIdentifier(error.asText())) {
        return Optional.of(new Member(place.pathOf("error"), error));
      }
    }
    return Optional.empty();
  }

  /** A member that says which fields are at fault, if the body has one. */
  static Optional<Member> fieldDetails(JsonNode body) {
    // containers() also offers errors[0], but a body with a non-empty errors array is answered
    // by its own "errors" member first.
    for (Member place : containers(body, false)) {
      for (String name : FIELD_LISTS) {
        JsonNode v = place.value().get(name);
        if (v != null && (v.isArray() || v.isObject()) && !v.isEmpty()) {
          return Optional.of(new Member(place.pathOf(name), v));
        }
      }
      for (String name : FIELD_NAMES) {
        JsonNode v = place.value().get(name);
        if (isText(v)) {
          return Optional.of(new Member(place.pathOf(name), v));
        }
      }
    }
    return Optional.empty();
  }

  /** A request, trace or correlation id, if the body has one. */
  static Optional<Member> requestId(JsonNode body) {
    for (Member place : containers(body, true)) {
      Iterator<String> names = place.value().fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        JsonNode v = place.value().get(name);
        if (REQUEST_IDS.contains(squash(name)) && (isText(v) || v.isNumber())) {
          return Optional.of(new Member(place.pathOf(name), v));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The objects where error members live, in the order they are searched: the body, its {@code
   * error} object, the first object of its {@code errors} array, and with {@code meta} also {@code
   * meta} and {@code extensions} (GraphQL), where request ids often go.
   */
  private static List<Member> containers(JsonNode body, boolean meta) {
    List<Member> places = new ArrayList<>();
    if (!body.isObject()) {
      return places;
    }
    places.add(new Member("", body));
    child(body, "error")
        .filter(JsonNode::isObject)
        .ifPresent(e -> places.add(new Member("error", e)));
    child(body, "errors")
        .filter(e -> e.isArray() && e.size() > 0 && e.get(0).isObject())
        .ifPresent(e -> places.add(new Member("errors[0]", e.get(0))));
    if (meta) {
      for (String name : List.of("meta", "extensions")) {
        child(body, name)
            .filter(JsonNode::isObject)
            .ifPresent(m -> places.add(new Member(name, m)));
      }
    }
    return places;
  }

  private static Optional<JsonNode> child(JsonNode node, String name) {
    return Optional.ofNullable(node.get(name));
  }

  private static boolean isText(JsonNode v) {
    return v != null && v.isTextual() && !v.asText().isBlank();
  }

  /** "invalid_grant", "NOT_FOUND", "validation-error": one token, no spaces. */
  private static boolean isIdentifier(String text) {
    return text.strip().chars().noneMatch(Character::isWhitespace);
  }

  private static String squash(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
