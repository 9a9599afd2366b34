package dev.statuskit.server.mock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One endpoint: the method it answers ({@code *} for any), its path pattern, its handler, and the
 * line of documentation the index shows. Patterns are literal segments and {@code {name}}
 * placeholders; a last {@code {name*}} takes the rest of the path.
 */
record Route(
    String method,
    String pattern,
    Handler handler,
    String description,
    String example,
    List<String> patternSegments) {

  /** A route; its pattern is cut into segments here, once, not on every request. */
  Route(String method, String pattern, Handler handler, String description, String example) {
    this(method, pattern, handler, description, example, segments(pattern));
  }

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  static final String ANY = "*";

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

  /** The path parameters when the path, cut into {@link #segments}, matches the pattern. */
  Optional<Map<String, String>> match(List<String> got) {
    List<String> want = patternSegments;
    // Most routes do not match: find out before making the map of parameters.
    return matches(want, got) ? Optional.of(params(want, got)) : Optional.empty();
  }

  private static boolean matches(List<String> want, List<String> got) {
    for (int i = 0; i < want.size(); i++) {
      String w = want.get(i);
      if (isRest(w)) {
        return true;
      }
      if (i >= got.size()) {
        return false;
      }
      String g = got.get(i);
      if (isParam(w)) {
        if (g.isEmpty()) {
          return false;
        }
      } else if (!w.equals(g)) {
        return false;
      }
    }
    return want.size() == got.size();
  }

  /** The parameters of a path that {@link #matches} the pattern. */
  private static Map<String, String> params(List<String> want, List<String> got) {
    Map<String, String> params = new HashMap<>(4);
    for (int i = 0; i < want.size(); i++) {
      String w = want.get(i);
      if (isRest(w)) {
        params.put(
            w.substring(1, w.length() - 2),
            String.join("/", got.subList(Math.min(i, got.size()), got.size())));
        return params;
      }
      if (isParam(w)) {
        params.put(w.substring(1, w.length() - 1), got.get(i));
      }
    }
    return params;
  }

  private static boolean isRest(String segment) {
    return segment.startsWith("{") && segment.endsWith("*}");
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /** The path's segments between slashes, without the leading one. */
  static List<String> segments(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.isEmpty() ? List.of() : List.of(p.split("/", -1));
  }
}
