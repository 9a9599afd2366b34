package dev.statuskit.server.mock;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes a path may match, found by its first segment: a request is matched against the few
 * routes that begin with that literal segment, or with a placeholder, in the table's order, instead
 * of against every route.
 */
final class RouteTable {
  private final Map<String, List<Route>> byFirst;
  private final List<Route> open;

  RouteTable(List<Route> routes) {
    // Routes that begin with a placeholder (or have no segment) may match any path.
    open = routes.stream().filter(r -> literal(r) == null).toList();
    Map<String, List<Route>> lists = new HashMap<>();
    for (Route r : routes) {
      String first = literal(r);
      if (first != null) {
        // The table's order decides between routes that match the same path: keep it.
        lists.computeIfAbsent(
            first,
            f -> routes.stream().filter(o -> literal(o) == null || f.equals(literal(o))).toList());
      }
    }
    byFirst = Map.copyOf(lists);
  }

  /** The routes that may match the path, in the table's order. */
  List<Route> candidates(String path) {
    return byFirst.getOrDefault(Route.first(path), open);
  }

  /** The route's first segment when it is literal text, else null. */
  private static String literal(Route r) {
    return r.segments().isEmpty() || r.segments().get(0).param()
        ? null
        : r.segments().get(0).text();
  }
}
