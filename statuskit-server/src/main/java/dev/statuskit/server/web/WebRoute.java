package dev.statuskit.server.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One line of the UI's route table: a method, a path pattern of literal segments and {@code {name}}
 * placeholders, and its handler.
 */
record WebRoute(String method, String pattern, Handler handler) {

  /** Answers a request whose path matched, with the placeholders' values. */
  @FunctionalInterface
  interface Handler {
    CompletionStage<WebResponse> handle(WebRequest request, Map<String, String> params);
  }

  /** Answers at once, on the calling thread: for work that does not block. */
  @FunctionalInterface
  interface Quick {
    WebResponse handle(WebRequest request, Map<String, String> params);
  }

  static WebRoute get(String pattern, Quick quick) {
    return new WebRoute("GET", pattern, now(quick));
  }

  static WebRoute post(String pattern, Handler handler) {
    return new WebRoute("POST", pattern, handler);
  }

  static Handler now(Quick quick) {
    return (r, p) -> CompletableFuture.completedFuture(quick.handle(r, p));
  }

  /** GET routes answer HEAD too (RFC 9110 §9.3.2); the server drops the content. */
  boolean answers(String requestMethod) {
    return method.equals(requestMethod) || (method.equals("GET") && requestMethod.equals("HEAD"));
  }

  String allow() {
    return method.equals("GET") ? "GET, HEAD" : method;
  }

  /** The placeholders' values when the path matches the pattern. */
  Optional<Map<String, String>> match(String path) {
    List<String> want = segments(pattern);
    List<String> got = segments(path);
    if (want.size() != got.size()) {
      return Optional.empty();
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < want.size(); i++) {
      String w = want.get(i);
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
    return Optional.of(params);
  }

  private static List<String> segments(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return List.of(p.split("/", -1));
  }
}
