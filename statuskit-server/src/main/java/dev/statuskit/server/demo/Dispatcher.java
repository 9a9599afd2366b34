package dev.statuskit.server.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.statuskit.exchange.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns each HTTP request into a {@link Call}, runs it through the chain every route shares, and
 * writes the {@link Reply}. The chain, in order: find the route (404), OPTIONS (204 with Allow),
 * credentials (401 with a Bearer challenge), method (405 with Allow), the handler, conditional GET
 * (304), the request id. A route's {@link Quirk}s bend one link of that chain.
 */
final class Dispatcher implements HttpHandler {

  /** The largest request body the demo reads; anything bigger gets 413. */
  static final int MAX_BODY = 64 * 1024;

  static final String REALM = "statuskit-demo";
  static final String TOKEN = "demo-token";

  /** Where the demo serves its OpenAPI document, and the document (RFC 9512 media type). */
  static final String SPEC_PATH = "/openapi.yaml";

  private static final byte[] SPEC = spec();

  private static byte[] spec() {
    try (InputStream in = Dispatcher.class.getResourceAsStream("openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is missing from the demo's resources");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"[^\"]*\"");

  private final List<Route> routes;
  private final AtomicLong served = new AtomicLong();

  Dispatcher(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String id = String.format(Locale.ROOT, "demo-%06d", served.incrementAndGet());
      Reply reply =
          respond(
              method,
              exchange.getRequestURI().getRawPath(),
              Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""),
              headersOf(exchange),
              readBody(exchange.getRequestBody()),
              id);
      write(exchange, reply, method.equals("HEAD"));
    }
  }

  /** The whole behaviour of the demo, as a function of the request. */
  Reply respond(
      String method, String rawPath, String rawQuery, Headers headers, byte[] body, String id) {
    Call call = new Call(method, rawPath, Map.of(), query(rawQuery), headers, body, id);
    if (body.length > MAX_BODY) {
      return call.problem(413, "body_too_large", "Request bodies are limited to 64 KiB.")
          .with("X-Request-Id", id);
    }
    if (rawPath.equals(SPEC_PATH) && (method.equals("GET") || method.equals("HEAD"))) {
      // The contract is public, as API docs usually are: no token needed to read it.
      return new Reply(200, Headers.of("Content-Type", "application/yaml"), SPEC)
          .with("X-Request-Id", id);
    }
    for (Route route : routes) {
      Optional<Map<String, String>> params = route.match(rawPath);
      if (params.isPresent()) {
        Reply reply = through(route, call.with(params.get()));
        return route.has(Quirk.NO_REQUEST_ID) ? reply : reply.with("X-Request-Id", id);
      }
    }
    return notFound(call).with("X-Request-Id", id);
  }

  private static Reply through(Route route, Call call) {
    String method = call.method();
    if (method.equals("OPTIONS")) {
      // Answered before authentication: CORS preflights carry no credentials.
      return route.has(Quirk.OPTIONS_FAILS)
          ? internalError(call)
          : Reply.empty(204).with("Allow", route.allow());
    }
    // Credentials before the method, as most frameworks check them: whatever a client without
    // a token asks, it learns first that it must authenticate. TRACE is the exception: clients
    // must not send credentials with it (RFC 9110 §9.3.8), so it is judged by its method alone.
    if (!route.has(Quirk.OWN_AUTH) && !method.equals("TRACE")) {
      Optional<Reply> refused = authenticate(route, call);
      if (refused.isPresent()) {
        return refused.get();
      }
    }
    if (!route.serves(method)) {
      if (route.has(Quirk.WRONG_METHOD_NOT_FOUND)) {
        return notFound(call);
      }
      Reply refused =
          call.problem(405, "method_not_allowed", method + " is not supported on " + call.path());
      return route.has(Quirk.NO_ALLOW_ON_405) ? refused : refused.with("Allow", route.allow());
    }
    if (method.equals("HEAD") && route.has(Quirk.HEAD_NOT_FOUND)) {
      return notFound(call);
    }
    Reply reply;
    try {
      reply = route.handler().handle(call);
    } catch (RuntimeException e) {
      // The error handler done right: no trace in the body, an id to quote instead.
      return internalError(call);
    }
    if (!route.has(Quirk.IGNORES_IF_NONE_MATCH) && isNotModified(call, reply)) {
      return notModified(reply);
    }
    return reply;
  }

  /** 401 with a challenge (RFC 9110 §11.6.1, RFC 6750 §3) unless the bearer token is right. */
  private static Optional<Reply> authenticate(Route route, Call call) {
    Optional<String> credentials = call.headers().first("Authorization");
    if (credentials.map(Dispatcher::isDemoToken).orElse(false)) {
      return Optional.empty();
    }
    if (route.has(Quirk.FORBIDDEN_WITHOUT_CREDENTIALS)) {
      return Optional.of(call.problem(403, "forbidden", "You may not see this resource."));
    }
    String challenge = "Bearer realm=\"" + REALM + "\"";
    if (credentials.isPresent()) {
      return Optional.of(
          call.problem(401, "invalid_token", "The bearer token is not valid.")
              .with("WWW-Authenticate", challenge + ", error=\"invalid_token\""));
    }
    return Optional.of(
        call.problem(401, "unauthenticated", "Send Authorization: Bearer <token>.")
            .with("WWW-Authenticate", challenge));
  }

  private static boolean isDemoToken(String authorization) {
    String[] parts = authorization.strip().split("\\s+", 2);
    return parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") && parts[1].equals(TOKEN);
  }

  /** If-None-Match with a current tag (weak comparison, RFC 9110 §13.1.2) on a GET or HEAD. */
  private static boolean isNotModified(Call call, Reply reply) {
    if (!(call.method().equals("GET") || call.method().equals("HEAD")) || reply.status() != 200) {
      return false;
    }
    Optional<String> current = reply.etag();
    Optional<String> condition = call.headers().first("If-None-Match");
    if (current.isEmpty() || condition.isEmpty()) {
      return false;
    }
    if (condition.get().equals("*")) {
      return true;
    }
    String opaque = weak(current.get());
    Matcher tags = ENTITY_TAG.matcher(condition.get());
    while (tags.find()) {
      if (weak(tags.group()).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String weak(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /** A 304 repeats the validator and caching fields a 200 would carry (RFC 9110 §15.4.5). */
  private static Reply notModified(Reply full) {
    Reply reply = Reply.empty(304);
    for (String name : List.of("ETag", "Cache-Control")) {
      Optional<String> value = full.headers().first(name);
      if (value.isPresent()) {
        reply = reply.with(name, value.get());
      }
    }
    return reply;
  }

  private static Reply notFound(Call call) {
    return call.problem(404, "not_found", "There is nothing at " + call.path() + ".");
  }

  private static Reply internalError(Call call) {
    return call.problem(
        500, "internal_error", "Something broke on our side; quote the request id to support.");
  }

  /** Reads at most one byte more than {@link #MAX_BODY}, enough to tell a body is too large. */
  private static byte[] readBody(InputStream in) throws IOException {
    return in.readNBytes(MAX_BODY + 1);
  }

  private static Headers headersOf(HttpExchange exchange) {
    List<Headers.Field> fields = new ArrayList<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> values.forEach(v -> fields.add(new Headers.Field(name, v))));
    return Headers.of(fields);
  }

  /** Query parameters, decoded as forms encode them; the first value of a repeated name wins. */
  static Map<String, String> query(String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      String[] nameValue = pair.split("=", 2);
      query.putIfAbsent(decode(nameValue[0]), nameValue.length == 2 ? decode(nameValue[1]) : "");
    }
    return query;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /**
   * Sends the reply. A HEAD response gets the Content-Length the GET would have had, and no body
   * (RFC 9110 §9.3.2); 204 and 304 never carry one.
   */
  private static void write(HttpExchange exchange, Reply reply, boolean head) throws IOException {
    com.sun.net.httpserver.Headers out = exchange.getResponseHeaders();
    reply.headers().fields().forEach(f -> out.add(f.name(), f.value()));
    int status = reply.status();
    boolean bodiless = status == 204 || status == 304;
    if (head || bodiless || reply.body().length == 0) {
      if (head && !bodiless) {
        out.set("Content-Length", String.valueOf(reply.body().length));
      }
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, reply.body().length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(reply.body());
    }
  }
}
