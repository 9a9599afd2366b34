package dev.statuskit.openapi;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One documented response of an operation, its $ref followed.
 *
 * @param key as written: "201", "4XX", "default"
 * @param pointer where it is written: "/paths/~1orders/post/responses/201"
 * @param response the response object, after following a $ref
 * @param ref the $ref it was written as, if any ("#/components/responses/NotFound")
 * @param spec the spec it belongs to
 */
record SpecResponse(
    String key, String pointer, ApiResponse response, Optional<String> ref, Spec spec) {

  /** The status code, when the key is one: three digits. */
  Optional<Integer> code() {
    return key.matches("[1-5]\\d\\d") ? Optional.of(Integer.parseInt(key)) : Optional.empty();
  }

  /** The class digit of a range key: "4XX" → 4 (OpenAPI 3 allows only upper case X). */
  Optional<Integer> rangeDigit() {
    return key.matches("[1-5]XX") ? Optional.of(key.charAt(0) - '0') : Optional.empty();
  }

  /** The class digit of a code or range key. */
  Optional<Integer> classDigit() {
    return code().map(c -> c / 100).or(this::rangeDigit);
  }

  boolean isDefault() {
    return key.equals("default");
  }

  /** Whether this describes errors: a 4xx or 5xx code or range. */
  boolean isError() {
    return classDigit().map(d -> d == 4 || d == 5).orElse(false);
  }

  boolean isSuccess() {
    return classDigit().map(d -> d == 2).orElse(false);
  }

  /** Whether content is documented (at least one media type). */
  boolean hasContent() {
    return !content().isEmpty();
  }

  /** The documented media types, lower case. */
  Set<String> mediaTypes() {
    Set<String> types = new TreeSet<>();
    content().keySet().forEach(t -> types.add(t.toLowerCase(Locale.ROOT)));
    return types;
  }

  /** Whether a header is documented, by case-insensitive name (RFC 9110 §5.1). */
  boolean documentsHeader(String name) {
    return response.getHeaders() != null
        && response.getHeaders().keySet().stream().anyMatch(h -> h.equalsIgnoreCase(name));
  }

  /**
   * The schema of the body, as written (a $ref stays a $ref): of the JSON media type if there is
   * one, else of the first media type with a schema.
   */
  Optional<Schema<?>> schema() {
    Optional<Schema<?>> json =
        content().entrySet().stream()
            .filter(e -> isJson(e.getKey()))
            .map(e -> schemaOf(e.getValue()))
            .flatMap(Optional::stream)
            .findFirst();
    return json.or(
        () ->
            content().values().stream()
                .map(SpecResponse::schemaOf)
                .flatMap(Optional::stream)
                .findFirst());
  }

  static boolean isJson(String mediaType) {
    String t = baseType(mediaType);
    return t.equals("application/json") || t.endsWith("+json");
  }

  /** A media type without its parameters, lower case: "Text/HTML; charset=utf-8" → "text/html". */
  static String baseType(String mediaType) {
    int semi = mediaType.indexOf(';');
    return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private Map<String, MediaType> content() {
    Content c = response.getContent();
    return c == null ? Map.of() : c;
  }

  private static Optional<Schema<?>> schemaOf(MediaType m) {
    return m == null ? Optional.empty() : Optional.ofNullable(m.getSchema());
  }
}
