package dev.statuskit.server.mock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

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
    List<Segment> segments) {

  /** A route; its pattern is cut into segments here, once, not on every request. */
  Route(String method, String pattern, Handler handler, String description, String example) {
    this(method, pattern, handler, description, example, parse(pattern));
  }

  /**
   * One segment of a pattern: literal text, a {@code {name}} placeholder, or a last {@code
   * {name*}}, which takes the rest of the path.
   */
  record Segment(String text, boolean param, boolean rest) {
    static Segment of(String text) {
      if (text.startsWith("{") && text.endsWith("*}")) {
        return new Segment(text.substring(1, text.length() - 2), true, true);
      }
      if (text.startsWith("{") && text.endsWith("}")) {
        return new Segment(text.substring(1, text.length() - 1), true, false);
      }
      return new Segment(text, false, false);
    }
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

  /**
   * The path parameters when the path matches the pattern. The path is read in place, segment by
   * segment between slashes, and most routes fail on the first: nothing is cut or copied but the
   * parameters of a match.
   */
  Optional<Map<String, String>> match(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int end = path.length();
    // start beyond end: no segments left ("/" has none; "/a/" has "a" and "")
    if (start == end) {
      start = end + 1;
    }
    Map<String, String> params = Map.of();
    for (Segment want : segments) {
      if (want.rest()) {
        return Optional.of(with(params, want.text(), start > end ? "" : path.substring(start)));
      }
      if (start > end) {
        return Optional.empty();
      }
      int slash = path.indexOf('/', start);
      int stop = slash < 0 ? end : slash;
      if (want.param()) {
        if (stop == start) {
          return Optional.empty();
        }
        params = with(params, want.text(), path.substring(start, stop));
      } else if (stop - start != want.text().length() || !path.startsWith(want.text(), start)) {
        return Optional.empty();
      }
      start = stop + 1;
    }
    return start > end ? Optional.of(params) : Optional.empty();
  }

  /** The parameters and one more; most routes have one, which needs no hash table. */
  private static Map<String, String> with(Map<String, String> params, String name, String value) {
    if (params.isEmpty()) {
      return Map.of(name, value);
    }
    Map<String, String> more = new HashMap<>(params);
    more.put(name, value);
    return more;
  }

  /** The first segment of a path, or "" for none. */
  static String first(String path) {
    int start = path.startsWith("/") ? 1 : 0;
    int slash = path.indexOf('/', start);
    return path.substring(start, slash < 0 ? path.length() : slash);
  }

  private static List<Segment> parse(String pattern) {
    String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
    return p.isEmpty() ? List.of() : Stream.of(p.split("/", -1)).map(Segment::of).toList();
  }
}
