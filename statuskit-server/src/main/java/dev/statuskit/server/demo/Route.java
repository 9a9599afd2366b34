package dev.statuskit.server.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of the demo's route table: a path pattern ({@code /products/{id}}), the methods it
 * serves, its handler, and the quirks the dispatcher applies around it.
 */
record Route(String pattern, List<String> methods, Handler handler, Set<Quirk> quirks) {

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  Route {
    methods = List.copyOf(methods);
    quirks = quirks.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(quirks));
  }

  static Route get(String pattern, Handler handler) {
    return new Route(pattern, List.of("GET"), handler, Set.of());
  }

  static Route post(String pattern, Handler handler) {
    return new Route(pattern, List.of("POST"), handler, Set.of());
  }

  Route with(Quirk quirk) {
    EnumSet<Quirk> more = EnumSet.of(quirk);
    more.addAll(quirks);
    return new Route(pattern, methods, handler, more);
  }

  boolean has(Quirk quirk) {
    return quirks.contains(quirk);
  }

  /** Whether a request with this method reaches the handler (HEAD goes where GET goes). */
  boolean serves(String method) {
    return methods.contains(method) || (method.equals("HEAD") && methods.contains("GET"));
  }

  /** The Allow field value: the route's methods, HEAD with GET (RFC 9110 §9.3.2), OPTIONS. */
  String allow() {
    StringBuilder allow = new StringBuilder();
    for (String m : methods) {
      allow.append(m).append(", ");
      if (m.equals("GET")) {
        allow.append("HEAD, ");
      }
    }
    return allow.append("OPTIONS").toString();
  }

  /** The values of the pattern's {@code {name}} segments, when the raw path matches it. */
  Optional<Map<String, String>> match(String rawPath) {
    String[] want = pattern.split("/", -1);
    String[] got = rawPath.split("/", -1);
    if (want.length != got.length) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      if (want[i].startsWith("{") && want[i].endsWith("}")) {
        if (got[i].isEmpty()) {
          return Optional.empty();
        }
        params.put(want[i].substring(1, want[i].length() - 1), decode(got[i]));
      } else if (!want[i].equals(got[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /** Percent-decodes a path segment; unlike a query, '+' is a plus sign here. */
  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }
}
