package dev.statuskit.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns each operation of a spec into requests: one valid, built from the spec's own examples, and
 * the negative variants its shape allows. Pure: reads the spec, sends nothing.
 */
final class Planner {
  private Planner() {}

  /** RFC 9110 §9.2.1; TRACE is safe but echoes the request, credentials included, so never sent. */
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  /** OpenAPI ignores header parameters with these names (OpenAPI 3.1 §4.8.12.1). */
  private static final Set<String> IGNORED_HEADERS =
      Set.of("accept", "content-type", "authorization");

  static ConformancePlan plan(Spec spec, boolean allowUnsafe) {
    List<PlannedRequest> requests = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (SpecOperation op : spec.operations()) {
      if (op.method().equals("TRACE")) {
        skipped.add(op.label() + ": TRACE is never sent (it echoes credentials back)");
      } else if (!allowUnsafe && !SAFE.contains(op.method())) {
        skipped.add(op.label() + ": unsafe method, not sent without --allow-unsafe");
      } else {
        Optional<String> why = unplannable(op);
        if (why.isPresent()) {
          skipped.add(op.label() + ": " + why.get());
        } else {
          requests.addAll(forOperation(op));
        }
      }
    }
    return new ConformancePlan(spec.file(), basePath(spec), requests, skipped);
  }

  /** Why no valid request can be built, if so: a required body that is not JSON. */
  private static Optional<String> unplannable(SpecOperation op) {
    Optional<RequestBody> body = op.requestBody();
    if (body.isPresent()
        && Boolean.TRUE.equals(body.get().getRequired())
        && jsonMedia(body.get()).isEmpty()) {
      return Optional.of(
          "its required request body is not JSON ("
              + String.join(
                  ", ",
                  body.get().getContent() == null ? Set.of() : body.get().getContent().keySet())
              + "), which statuskit does not generate");
    }
    return Optional.empty();
  }

  static List<PlannedRequest> forOperation(SpecOperation op) {
    Spec spec = op.spec();
    Call valid = Call.valid(op);
    Expectation expect = expectation(op);
    List<PlannedRequest> out = new ArrayList<>();
    out.add(
        valid.planned(op, Variant.VALID, op.label() + " with values from the spec", true, expect));
    if (op.isSecured()) {
      out.add(
          valid.planned(
              op, Variant.NO_CREDENTIALS, op.label() + " without credentials", false, expect));
    }
    lastPathParameter(op)
        .ifPresent(
            p -> {
              Call c = valid.copy();
              c.path.put(p.getName(), Examples.unknownId(spec, p.getSchema()));
              out.add(
                  c.planned(
                      op,
                      Variant.UNKNOWN_ID,
                      op.label() + " with an unknown " + p.getName() + " (no such resource)",
                      true,
                      expect));
            });
    missing(op, valid, expect).ifPresent(out::add);
    wrongType(op, valid, expect).ifPresent(out::add);
    return out;
  }

  private static Optional<PlannedRequest> missing(
      SpecOperation op, Call valid, Expectation expect) {
    for (Parameter p : op.parameters()) {
      // Leaving out a path parameter would ask for another resource, not omit a parameter.
      if (Boolean.TRUE.equals(p.getRequired()) && !"path".equals(p.getIn()) && valid.has(p)) {
        Call c = valid.copy();
        c.remove(p);
        return Optional.of(
            c.planned(
                op,
                Variant.MISSING_PARAMETER,
                op.label()
                    + " without the required "
                    + p.getIn()
                    + " parameter '"
                    + p.getName()
                    + "'",
                true,
                expect));
      }
    }
    if (valid.body.isPresent()
        && op.requestBody().map(b -> Boolean.TRUE.equals(b.getRequired())).orElse(false)) {
      Call c = valid.copy();
      c.body = Optional.empty();
      c.headers.remove("Content-Type");
      return Optional.of(
          c.planned(
              op,
              Variant.MISSING_PARAMETER,
              op.label() + " without its required body",
              true,
              expect));
    }
    return Optional.empty();
  }

  private static Optional<PlannedRequest> wrongType(
      SpecOperation op, Call valid, Expectation expect) {
    Spec spec = op.spec();
    for (Parameter p : op.parameters()) {
      if (p.getSchema() == null || !valid.has(p) || p.getIn().equals("header")) {
        continue;
      }
      Optional<JsonNode> wrong = Examples.wrongType(spec, p.getSchema());
      if (wrong.isPresent()) {
        Call c = valid.copy();
        c.set(p, wrong.get());
        return Optional.of(
            c.planned(
                op,
                Variant.WRONG_TYPE,
                op.label()
                    + " with "
                    + p.getIn()
                    + " parameter '"
                    + p.getName()
                    + "' = "
                    + Examples.asParameter(wrong.get()),
                true,
                expect));
      }
    }
    if (valid.body.isPresent() && valid.body.get().isObject()) {
      Optional<Schema<?>> schema =
          op.requestBody().flatMap(Planner::jsonMedia).map(MediaType::getSchema);
      if (schema.isPresent()) {
        Map<String, Schema<?>> props = Schemas.properties(spec, schema.get());
        for (var member : props.entrySet()) {
          Optional<JsonNode> wrong = Examples.wrongType(spec, member.getValue());
          if (wrong.isPresent() && valid.body.get().has(member.getKey())) {
            Call c = valid.copy();
            ObjectNode body = ((ObjectNode) c.body.get()).deepCopy();
            body.set(member.getKey(), wrong.get());
            c.body = Optional.of(body);
            return Optional.of(
                c.planned(
                    op,
                    Variant.WRONG_TYPE,
                    op.label() + " with body member '" + member.getKey() + "' = " + wrong.get(),
                    true,
                    expect));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Parameter> lastPathParameter(SpecOperation op) {
    Parameter last = null;
    for (Parameter p : op.parameters()) {
      if ("path".equals(p.getIn())) {
        last = p;
      }
    }
    return Optional.ofNullable(last);
  }

  static Expectation expectation(SpecOperation op) {
    Spec spec = op.spec();
    List<DocumentedResponse> out = new ArrayList<>();
    for (SpecResponse r : op.responses()) {
      Set<String> required = new LinkedHashSet<>();
      Set<String> optional = new LinkedHashSet<>();
      if (r.response().getHeaders() != null) {
        for (Map.Entry<String, Header> h : r.response().getHeaders().entrySet()) {
          if (h.getKey().equalsIgnoreCase("Content-Type")) {
            continue; // OpenAPI ignores it: the content map says the type.
          }
          boolean req = Boolean.TRUE.equals(spec.header(h.getValue()).getRequired());
          (req ? required : optional).add(h.getKey());
        }
      }
      out.add(new DocumentedResponse(r.key(), required, optional, r.mediaTypes()));
    }
    return new Expectation(out);
  }

  static Optional<MediaType> jsonMedia(RequestBody body) {
    if (body.getContent() == null) {
      return Optional.empty();
    }
    return body.getContent().entrySet().stream()
        .filter(e -> SpecResponse.isJson(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The path of the first server URL, its variables at their defaults. */
  static String basePath(Spec spec) {
    List<Server> servers = spec.api().getServers();
    if (servers == null || servers.isEmpty() || servers.get(0).getUrl() == null) {
      return "";
    }
    Server server = servers.get(0);
    String url = server.getUrl();
    if (server.getVariables() != null) {
      for (var v : server.getVariables().entrySet()) {
        url = url.replace("{" + v.getKey() + "}", String.valueOf(v.getValue().getDefault()));
      }
    }
    try {
      String path = new URI(url).getRawPath();
      path = path == null ? "" : path;
      return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    } catch (URISyntaxException e) {
      return "";
    }
  }

  /** A request being put together: parameter values by location, headers, body. */
  private static final class Call {
    final Map<String, JsonNode> path = new LinkedHashMap<>();
    final Map<String, JsonNode> query = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    final Map<String, JsonNode> cookies = new LinkedHashMap<>();
    Optional<JsonNode> body = Optional.empty();

    static Call valid(SpecOperation op) {
      Spec spec = op.spec();
      Call c = new Call();
      for (Parameter p : op.parameters()) {
        boolean wanted = Boolean.TRUE.equals(p.getRequired()) || "path".equals(p.getIn());
        if (!wanted
            || (p.getIn().equals("header")
                && IGNORED_HEADERS.contains(p.getName().toLowerCase(Locale.ROOT)))) {
          continue;
        }
        c.set(p, Examples.forParameter(spec, p));
      }
      op.requestBody()
          .flatMap(Planner::jsonMedia)
          .ifPresent(
              m -> {
                c.body = Optional.of(Examples.forMedia(spec, m));
                c.headers.put("Content-Type", "application/json");
              });
      Set<String> accept = new LinkedHashSet<>();
      op.responses().stream()
          .filter(SpecResponse::isSuccess)
          .forEach(r -> accept.addAll(r.mediaTypes()));
      if (!accept.isEmpty()) {
        c.headers.put("Accept", String.join(", ", accept));
      }
      return c;
    }

    Call copy() {
      Call c = new Call();
      c.path.putAll(path);
      c.query.putAll(query);
      c.headers.putAll(headers);
      c.cookies.putAll(cookies);
      c.body = body;
      return c;
    }

    boolean has(Parameter p) {
      return switch (p.getIn()) {
        case "path" -> path.containsKey(p.getName());
        case "query" -> query.containsKey(p.getName());
        case "header" -> headers.containsKey(p.getName());
        case "cookie" -> cookies.containsKey(p.getName());
        default -> false;
      };
    }

    void set(Parameter p, JsonNode value) {
      switch (p.getIn()) {
        case "path" -> path.put(p.getName(), value);
        case "query" -> query.put(p.getName(), value);
        case "header" -> headers.put(p.getName(), Examples.asParameter(value));
        case "cookie" -> cookies.put(p.getName(), value);
        default -> {
          // Swagger 2.0 formData parameters become a request body when converted.
        }
      }
    }

    void remove(Parameter p) {
      path.remove(p.getName());
      query.remove(p.getName());
      headers.remove(p.getName());
      cookies.remove(p.getName());
    }

    PlannedRequest planned(
        SpecOperation op,
        Variant variant,
        String description,
        boolean credentials,
        Expectation expect) {
      String target = op.path();
      for (var p : path.entrySet()) {
        target = target.replace("{" + p.getKey() + "}", encode(Examples.asParameter(p.getValue())));
      }
      StringBuilder q = new StringBuilder();
      for (var p : query.entrySet()) {
        q.append(q.length() == 0 ? "?" : "&")
            .append(encode(p.getKey()))
            .append('=')
            .append(encode(Examples.asParameter(p.getValue())));
      }
      Map<String, String> h = new LinkedHashMap<>(headers);
      if (!cookies.isEmpty()) {
        StringBuilder cookie = new StringBuilder();
        cookies.forEach(
            (k, v) ->
                cookie
                    .append(cookie.length() == 0 ? "" : "; ")
                    .append(k)
                    .append('=')
                    .append(Examples.asParameter(v)));
        h.put("Cookie", cookie.toString());
      }
      return new PlannedRequest(
          op.label(),
          op.pointer(),
          variant,
          description,
          op.method(),
          target + q,
          h,
          body.map(JsonNode::toString),
          credentials,
          expect);
    }

    /** Percent-encodes a path segment or query component (RFC 3986 §2.1). */
    private static String encode(String text) {
      return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }
}
