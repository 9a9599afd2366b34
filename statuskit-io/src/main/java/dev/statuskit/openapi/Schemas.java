package dev.statuskit.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the rules ask of a schema, seeing through $refs and {@code allOf}. */
final class Schemas {
  private Schemas() {}

  /** Deep enough for any real composition; stops a cycle of allOf through $refs. */
  private static final int MAX_DEPTH = 8;

  /** The members of an object schema, including those its {@code allOf} parts bring. */
  static Map<String, Schema<?>> properties(Spec spec, Schema<?> schema) {
    Map<String, Schema<?>> out = new LinkedHashMap<>();
    collect(spec, schema, out, 0);
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void collect(Spec spec, Schema<?> schema, Map<String, Schema<?>> out, int depth) {
    if (schema == null || depth > MAX_DEPTH) {
      return;
    }
    Schema<?> s = spec.schema(schema);
    if (s.getAllOf() != null) {
      for (Schema part : s.getAllOf()) {
        collect(spec, part, out, depth + 1);
      }
    }
    if (s.getProperties() != null) {
      s.getProperties().forEach((name, p) -> out.put(name, (Schema<?>) p));
    }
  }

  /** The alternatives of a {@code oneOf} or {@code anyOf}, if the schema is one. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  static List<Schema<?>> alternatives(Spec spec, Schema<?> schema) {
    Schema<?> s = spec.schema(schema);
    List<Schema<?>> out = new ArrayList<>();
    for (List<Schema> list : new List[] {s.getOneOf(), s.getAnyOf()}) {
      if (list != null) {
        list.forEach(a -> out.add(a));
      }
    }
    return out;
  }

  /** Whether the schema is of the type: "array", "object"; OpenAPI 3.1 may list several types. */
  static boolean isType(Spec spec, Schema<?> schema, String type) {
    Schema<?> s = spec.schema(schema);
    Set<String> types = s.getTypes();
    return type.equals(s.getType()) || (types != null && types.contains(type));
  }

  /**
   * The only values the schema allows, if it pins them down: {@code const} (OpenAPI 3.1) or {@code
   * enum}.
   */
  static Optional<List<Object>> allowedValues(Spec spec, Schema<?> schema) {
    Schema<?> s = spec.schema(schema);
    if (s.getConst() != null) {
      return Optional.of(List.of(s.getConst()));
    }
    if (s.getEnum() != null && !s.getEnum().isEmpty()) {
      return Optional.of(new ArrayList<>(s.getEnum()));
    }
    return Optional.empty();
  }
}
