package dev.statuskit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values for requests, taken from what the spec offers, best first: an example of the parameter or
 * media type, an example or default of its schema, the first allowed value; and only when the spec
 * offers nothing, a plain value of the schema's type and format.
 */
final class Examples {
  private Examples() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Deep enough for real bodies; stops recursive schemas. */
  private static final int MAX_DEPTH = 6;

  /** A value that no real resource is likely to have as its id. */
  static final String UNKNOWN_ID = "statuskit-no-such-id-0";

  static JsonNode forParameter(Spec spec, Parameter p) {
    Optional<JsonNode> given =
        Optional.ofNullable(p.getExample())
            .map(Examples::toJson)
            .or(() -> firstExample(p.getExamples()));
    if (given.isPresent()) {
      return given.get();
    }
    if (p.getSchema() != null) {
      return forSchema(spec, p.getSchema(), 0);
    }
    // A parameter described by 'content' instead of 'schema' (OpenAPI 3 §4.8.12.4).
    return p.getContent() == null
        ? NODES.textNode("example")
        : p.getContent().values().stream()
            .findFirst()
            .map(m -> forMedia(spec, m))
            .orElse(NODES.textNode("example"));
  }

  static JsonNode forMedia(Spec spec, MediaType media) {
    return Optional.ofNullable(media.getExample())
        .map(Examples::toJson)
        .or(() -> firstExample(media.getExamples()))
        .orElseGet(
            () ->
                media.getSchema() == null
                    ? NODES.objectNode()
                    : forSchema(spec, media.getSchema(), 0));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  static JsonNode forSchema(Spec spec, Schema<?> raw, int depth) {
    Schema<?> s = spec.schema(raw);
    Optional<JsonNode> given = given(s);
    if (given.isPresent()) {
      return given.get();
    }
    if (depth > MAX_DEPTH) {
      return NODES.nullNode();
    }
    if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
      ObjectNode merged = NODES.objectNode();
      for (Schema part : s.getAllOf()) {
        JsonNode v = forSchema(spec, part, depth + 1);
        if (v.isObject()) {
          merged.setAll((ObjectNode) v);
        }
      }
      if (s.getProperties() != null) {
        merged.setAll(object(spec, s, depth));
      }
      return merged;
    }
    List<Schema<?>> alternatives = Schemas.alternatives(spec, s);
    if (!alternatives.isEmpty()) {
      return forSchema(spec, alternatives.get(0), depth + 1);
    }
    String type = type(s);
    return switch (type) {
      case "object" -> object(spec, s, depth);
      case "array" -> {
        ArrayNode a = NODES.arrayNode();
        a.add(
            s.getItems() == null
                ? NODES.textNode("example")
                : forSchema(spec, s.getItems(), depth + 1));
        yield a;
      }
      case "integer" -> NODES.numberNode(lowest(s).map(BigDecimal::longValue).orElse(1L));
      case "number" -> NODES.numberNode(lowest(s).orElse(BigDecimal.ONE));
      case "boolean" -> NODES.booleanNode(true);
      default -> NODES.textNode(string(s));
    };
  }

  /** The schema's type; "object" when it has properties but says nothing, "string" otherwise. */
  static String type(Schema<?> s) {
    if (s.getType() != null) {
      return s.getType();
    }
    Set<String> types = s.getTypes();
    if (types != null) {
      return types.stream().filter(t -> !t.equals("null")).findFirst().orElse("string");
    }
    return s.getProperties() != null ? "object" : "string";
  }

  /**
   * A value of the wrong type for the schema: text where a number or boolean is expected. (Text
   * where a list is expected is not wrong in a query: it is a list of one.)
   */
  static Optional<JsonNode> wrongType(Spec spec, Schema<?> raw) {
    Schema<?> s = spec.schema(raw);
    return switch (type(s)) {
      case "integer", "number" -> Optional.of(NODES.textNode("not-a-number"));
      case "boolean" -> Optional.of(NODES.textNode("not-a-boolean"));
      default -> Optional.empty();
    };
  }

  /** An id of the schema's type that no resource is likely to have. */
  static JsonNode unknownId(Spec spec, Schema<?> raw) {
    Schema<?> s = raw == null ? null : spec.schema(raw);
    if (s == null) {
      return NODES.textNode(UNKNOWN_ID);
    }
    return switch (type(s)) {
      case "integer", "number" ->
          NODES.numberNode(
              Optional.ofNullable(s.getMaximum())
                  .map(BigDecimal::longValue)
                  .orElse(2_147_483_000L));
      default ->
          "uuid".equals(s.getFormat())
              ? NODES.textNode("ffffffff-ffff-4fff-bfff-ffffffffffff")
              : NODES.textNode(UNKNOWN_ID);
    };
  }

  /** As a parameter value: text as is, arrays joined by commas (style form/simple). */
  static String asParameter(JsonNode v) {
    if (v.isArray()) {
      StringBuilder out = new StringBuilder();
      v.forEach(e -> out.append(out.length() == 0 ? "" : ",").append(asParameter(e)));
      return out.toString();
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  private static ObjectNode object(Spec spec, Schema<?> s, int depth) {
    ObjectNode o = NODES.objectNode();
    if (s.getProperties() == null) {
      return o;
    }
    // Required members, or all when none is required, so the body is as small as valid gets.
    List<String> required = s.getRequired() == null ? List.of() : s.getRequired();
    for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
      Schema<?> prop = spec.schema(p.getValue());
      if (Boolean.TRUE.equals(prop.getReadOnly())) {
        continue;
      }
      if (required.isEmpty() || required.contains(p.getKey())) {
        o.set(p.getKey(), forSchema(spec, p.getValue(), depth + 1));
      }
    }
    return o;
  }

  private static Optional<JsonNode> given(Schema<?> s) {
    if (s.getExample() != null) {
      return Optional.of(toJson(s.getExample()));
    }
    if (s.getExamples() != null && !s.getExamples().isEmpty()) {
      return Optional.of(toJson(s.getExamples().get(0)));
    }
    if (s.getDefault() != null) {
      return Optional.of(toJson(s.getDefault()));
    }
    if (s.getConst() != null) {
      return Optional.of(toJson(s.getConst()));
    }
    if (s.getEnum() != null && !s.getEnum().isEmpty() && s.getEnum().get(0) != null) {
      return Optional.of(toJson(s.getEnum().get(0)));
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> lowest(Schema<?> s) {
    return Optional.ofNullable(s.getMinimum())
        .map(m -> Boolean.TRUE.equals(s.getExclusiveMinimum()) ? m.add(BigDecimal.ONE) : m)
        .or(
            () ->
                Optional.ofNullable(s.getExclusiveMinimumValue()).map(m -> m.add(BigDecimal.ONE)));
  }

  private static String string(Schema<?> s) {
    String format = s.getFormat() == null ? "" : s.getFormat();
    String value =
        switch (format) {
          case "uuid" -> "3fa85f64-5717-4562-b3fc-2c963f66afa6";
          case "date" -> "2024-01-01";
          case "date-time" -> "2024-01-01T00:00:00Z";
          case "email" -> "user@example.com";
          case "uri", "url" -> "https://example.com/";
          case "uri-reference" -> "/example";
          case "ipv4" -> "192.0.2.1";
          case "ipv6" -> "2001:db8::1";
          case "hostname" -> "example.com";
          default -> "example";
        };
    int min = s.getMinLength() == null ? 0 : s.getMinLength();
    StringBuilder padded = new StringBuilder(value);
    while (padded.length() < min) {
      padded.append('x');
    }
    int max = s.getMaxLength() == null ? Integer.MAX_VALUE : s.getMaxLength();
    return padded.length() > max ? padded.substring(0, max) : padded.toString();
  }

  private static Optional<JsonNode> firstExample(Map<String, Example> examples) {
    if (examples == null) {
      return Optional.empty();
    }
    return examples.values().stream()
        .filter(e -> e != null && e.getValue() != null)
        .findFirst()
        .map(e -> toJson(e.getValue()));
  }

  /** swagger-parser keeps examples as Jackson nodes, plain values, or dates it parsed. */
  static JsonNode toJson(Object value) {
    if (value instanceof JsonNode n) {
      return n;
    }
    if (value instanceof Date d) {
      return NODES.textNode(
          DateTimeFormatter.ISO_LOCAL_DATE.format(d.toInstant().atOffset(ZoneOffset.UTC)));
    }
    if (value instanceof OffsetDateTime t) {
      return NODES.textNode(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t));
    }
    return JSON.valueToTree(value);
  }
}
