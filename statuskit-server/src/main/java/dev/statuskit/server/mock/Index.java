package dev.statuskit.server.mock;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * GET /: the route table as documentation, in the form Accept asks for. One per server: the table
 * it shows is its own server's (set once the table is made, since the index is a route in it).
 */
final class Index {
  private volatile List<Endpoint> endpoints = List.of();

  void publish(List<Endpoint> table) {
    endpoints = List.copyOf(table);
  }

  Reply index(Call call) {
    // Plain text first: curl's */* gets the table a person can read in a terminal.
    Representation form = Representation.negotiateIndex(call.header("Accept"));
    return switch (form) {
      case JSON, PROBLEM_JSON -> Reply.json(200, Json.bytes(endpoints));
      case HTML ->
          Reply.of(
              200,
              dev.statuskit.exchange.Headers.of("Content-Type", Reply.HTML),
              html().getBytes(StandardCharsets.UTF_8));
      case TEXT -> Reply.text(200, text(endpoints));
    };
  }

  /** One line per endpoint: method, path, description. */
  static String text(List<Endpoint> table) {
    int width = table.stream().mapToInt(e -> e.path().length()).max().orElse(0);
    StringBuilder out = new StringBuilder("statuskit mock server\n\n");
    for (Endpoint e : table) {
      out.append(
          String.format("%-5s %-" + width + "s  %s%n", e.method(), e.path(), e.description()));
    }
    return out.toString();
  }

  private String html() {
    StringBuilder out =
        new StringBuilder(
            "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>statuskit"
                + " mock server</title></head>\n<body>\n<h1>statuskit mock server</h1>\n<table>\n");
    for (Endpoint e : endpoints) {
      out.append("<tr><td>")
          .append(Bodies.escape(e.method()))
          .append("</td><td><a href=\"")
          .append(Bodies.escape(e.example()))
          .append("\">")
          .append(Bodies.escape(e.path()))
          .append("</a></td><td>")
          .append(Bodies.escape(e.description()))
          .append("</td></tr>\n");
    }
    return out.append("</table>\n</body>\n</html>\n").toString();
  }
}
