package dev.statuskit.server.mock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One endpoint: the method it answers ({@code *} for any), its path pattern, its handler, and the
 * line of documentation the index shows. Patterns are literal segments and {@code {name}}
 * placeholders; a last {@code {name*}} takes the rest of the path.
 */
record Route(String method, String pattern, Handler handler, String description, String example) {

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  static final String ANY = "*";

  /** Each pattern's segments, split once rather than on every request. */
  private static final Map<String, List<String>> PATTERN_SEGMENTS = new ConcurrentHashMap<>();

  static Route get(String pattern, String description, String example, Handler handler) {
    return new Route("GET", pattern, handler, description, example);
  }

  static Route post(String pattern, String description, String example, Handler handler) {
    return new Route("POST", pattern, handler, description, example);
  }

  static Route any(String pattern, String description, String example, Handler handler) {
    return new Route(ANY, pattern, handler, description, example);
  }

  /** A copy whose handler is wrapped, e.g. by the query options. */
  Route wrapped(java.util.function.UnaryOperator<Handler> wrapper) {
    return new Route(method, pattern, wrapper.apply(handler), description, example);
  }

  Endpoint endpoint() {
    return new Endpoint(method, pattern, description, example);
  }

  /** Whether the route answers the method; GET routes answer HEAD too (RFC 9110 §9.3.2). */
  boolean answers(String requestMethod) {
    return method.equals(ANY)
        || method.equals(requestMethod)
        || (method.equals("GET") && requestMethod.equals("HEAD"));
  }

  /** The methods for an Allow field. */
  String allow() {
    return method.equals("GET") ? "GET, HEAD, OPTIONS" : method + ", OPTIONS";
  }

  /** The path parameters when the path matches the pattern. */
  Optional<Map<String, String>> match(String path) {
    return match(segments(path));
  }

  /** The same for a path already cut into {@link #segments}, so a request splits it once. */
  Optional<Map<String, String>> match(List<String> got) {
    List<String> want = PATTERN_SEGMENTS.computeIfAbsent(pattern, Route::segments);
    Map<String, String> params = new HashMap<>(4);
    for (int i = 0; i < want.size(); i++) {
      String w = want.get(i);
      if (w.startsWith("{") && w.endsWith("*}")) {
        params.put(
            w.substring(1, w.length() - 2),
            String.join("/", got.subList(Math.min(i, got.size()), got.size())));
        return Optional.of(params);
      }
      if (i >= got.size()) {
        return Optional.empty();
      }
      String g = got.get(i);
      if (w.startsWith("{") && w.endsWith("}")) {
        if (g.isEmpty()) {
          return Optional.empty();
        }
        params.put(w.substring(1, w.length() - 1), g);
      } else if (!w.equals(g)) {
        return Optional.empty();
      }
    }
    return want.size() == got.size() ? Optional.of(params) : Optional.empty();
  }

  /** The path's segments between slashes, without the leading one. */
  static List<String> segments(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() ? List.of() : List.of(p.split("/", -1));
  }
}
