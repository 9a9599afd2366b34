package dev.statuskit.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A spec as read: swagger-parser's model (Swagger 2.0 already converted to OpenAPI 3), where its
 * members are written, and its operations. Internal $refs are kept in the model and followed here,
 * so rules can both see through them and tell a shared schema by its name.
 */
final class Spec {
  /** Far more than any sane chain of $refs; stops a cycle. */
  private static final int MAX_REF_HOPS = 32;

  private final String file;
  private final String version;
  private final OpenAPI api;
  private final SourceMap source;
  private final List<String> notes;
  private final List<SpecOperation> operations;

  Spec(String file, String version, OpenAPI api, SourceMap source, List<String> notes) {
    this.file = file;
    this.version = version;
    this.api = api;
    this.source = source;
    this.notes = List.copyOf(notes);
    this.operations = readOperations();
  }

  /** What swagger-parser reported about the document while reading it. */
  List<String> notes() {
    return notes;
  }

  String file() {
    return file;
  }

  /** "2.0", "3.0.3", "3.1.0". */
  String version() {
    return version;
  }

  boolean isSwagger2() {
    return version.equals("2.0");
  }

  OpenAPI api() {
    return api;
  }

  List<SpecOperation> operations() {
    return operations;
  }

  int line(String pointer) {
    return source.line(pointer);
  }

  /** Whether the file itself has a member at exactly this pointer. */
  boolean writes(String pointer) {
    return source.has(pointer);
  }

  /** The schema a $ref names, followed to the end; the schema itself when it is no $ref. */
  Schema<?> schema(Schema<?> s) {
    return follow(s, Schema::get$ref, "#/components/schemas/", Components::getSchemas);
  }

  ApiResponse response(ApiResponse r) {
    return follow(r, ApiResponse::get$ref, "#/components/responses/", Components::getResponses);
  }

  Parameter parameter(Parameter p) {
    return follow(p, Parameter::get$ref, "#/components/parameters/", Components::getParameters);
  }

  RequestBody requestBody(RequestBody b) {
    return follow(
        b, RequestBody::get$ref, "#/components/requestBodies/", Components::getRequestBodies);
  }

  Header header(Header h) {
    return follow(h, Header::get$ref, "#/components/headers/", Components::getHeaders);
  }

  Optional<SecurityScheme> securityScheme(String name) {
    return Optional.ofNullable(api.getComponents())
        .map(Components::getSecuritySchemes)
        .map(m -> m.get(name));
  }

  /** The component's name when the ref names one: "#/components/schemas/Error" → "Error". */
  static Optional<String> componentName(String ref) {
    if (ref == null || !ref.startsWith("#/components/")) {
      return Optional.empty();
    }
    return Optional.of(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private <T> T follow(
      T start,
      Function<T, String> refOf,
      String prefix,
      Function<Components, Map<String, T>> components) {
    T current = start;
    for (int hop = 0; current != null && hop < MAX_REF_HOPS; hop++) {
      String ref = refOf.apply(current);
      if (ref == null || !ref.startsWith(prefix) || api.getComponents() == null) {
        return current;
      }
      Map<String, T> named = components.apply(api.getComponents());
      T next = named == null ? null : named.get(ref.substring(prefix.length()));
      if (next == null) {
        return current;
      }
      current = next;
    }
    return current;
  }

  private List<SpecOperation> readOperations() {
    List<SpecOperation> ops = new ArrayList<>();
    if (api.getPaths() == null) {
      return ops;
    }
    for (var path : api.getPaths().entrySet()) {
      PathItem item = path.getValue();
      if (item == null) {
        continue;
      }
      for (var op : item.readOperationsMap().entrySet()) {
        String method = op.getKey().name().toUpperCase(Locale.ROOT);
        ops.add(operation(path.getKey(), method, item, op.getValue()));
      }
    }
    return List.copyOf(ops);
  }

  private SpecOperation operation(String path, String method, PathItem item, Operation op) {
    // RFC-free but OpenAPI-defined: operation parameters override path-level ones by name and
    // location (OpenAPI 3.1 §4.8.9.1).
    Map<String, Parameter> params = new LinkedHashMap<>();
    for (List<Parameter> level : listOf(item.getParameters(), op.getParameters())) {
      for (Parameter raw : level) {
        Parameter p = parameter(raw);
        params.put(p.getIn() + ":" + p.getName(), p);
      }
    }
    List<SecurityRequirement> security =
        op.getSecurity() != null
            ? op.getSecurity()
            : Optional.ofNullable(api.getSecurity()).orElse(List.of());
    List<SpecResponse> responses = new ArrayList<>();
    if (op.getResponses() != null) {
      op.getResponses()
          .forEach(
              (key, r) ->
                  responses.add(
                      new SpecResponse(
                          key,
                          Pointer.response(path, method, key),
                          response(r),
                          Optional.ofNullable(r.get$ref()),
                          this)));
    }
    return new SpecOperation(
        path,
        method,
        Pointer.operation(path, method),
        op,
        List.copyOf(params.values()),
        Optional.ofNullable(op.getRequestBody()).map(this::requestBody),
        List.copyOf(security),
        List.copyOf(responses),
        this);
  }

  private static List<List<Parameter>> listOf(List<Parameter> a, List<Parameter> b) {
    return List.of(a == null ? List.of() : a, b == null ? List.of() : b);
  }
}
