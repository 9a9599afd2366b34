package dev.statuskit.server.mock;

import dev.statuskit.registry.StatusCode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The content of a status response in each representation. Errors are RFC 9457 problem details
 * ({@code type}, {@code title}, {@code status}, {@code detail}) with a machine-readable {@code
 * code}; other statuses get the same members without the problem type.
 */
final class Bodies {
  private Bodies() {}

  static byte[] render(StatusCode code, Representation form, String detail) {
    return switch (form) {
      case PROBLEM_JSON, JSON -> Json.bytes(members(code, detail));
      case HTML -> html(code, detail).getBytes(StandardCharsets.UTF_8);
      case TEXT -> (line(code) + "\n\n" + detail + "\n").getBytes(StandardCharsets.UTF_8);
    };
  }

  static Map<String, Object> members(StatusCode code, String detail) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (code.statusClass().isError()) {
      // about:blank: the status code is the whole meaning, so the title is its phrase (RFC 9457
      // §4.2.1); "code" is the identifier clients branch on without parsing the title.
      body.put("type", "about:blank");
      body.put("title", code.name());
      body.put("status", code.code());
      body.put("detail", detail);
      body.put("code", identifier(code));
    } else {
      body.put("status", code.code());
      body.put("title", code.name());
      body.put("detail", detail);
    }
    return body;
  }

  /** Identifiers made once per code: error bodies are built per request, names never change. */
  private static final String[] IDENTIFIERS = new String[600];

  /** "SERVICE_UNAVAILABLE" for 503. */
  static String identifier(StatusCode code) {
    int c = code.code();
    if (c < 0 || c >= IDENTIFIERS.length) {
      return identifierOf(code);
    }
    String id = IDENTIFIERS[c]; // a race only makes the same string twice
    if (id == null) {
      id = identifierOf(code);
      IDENTIFIERS[c] = id;
    }
    return id;
  }

  private static String identifierOf(StatusCode code) {
    return code.name()
        .toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9]+", "_")
        .replaceAll("^_|_$", "");
  }

  /** "503 Service Unavailable". */
  static String line(StatusCode code) {
    return code.code() + " " + code.name();
  }

  private static String html(StatusCode code, String detail) {
    String title = escape(line(code));
    return "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head>\n<body>\n<h1>"
        + title
        + "</h1>\n<p>"
        + escape(detail)
        + "</p>\n</body>\n</html>\n";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
