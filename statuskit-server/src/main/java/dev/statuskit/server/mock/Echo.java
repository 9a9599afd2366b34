package dev.statuskit.server.mock;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Headers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /anything, /headers, /ip: the request as the server saw it, as JSON. Credentials (Authorization,
 * cookies, API keys) are shown as {@value Headers#REDACTED}, as in everything statuskit reports.
 */
final class Echo {
  private Echo() {}

  static Reply anything(Call call) {
    return Reply.json(200, Json.bytes(echo(call)));
  }

  static Reply headers(Call call) {
    return Reply.json(200, Json.bytes(Map.of("headers", byName(call.headers()))));
  }

  static Reply ip(Call call) {
    return Reply.json(200, Json.bytes(Map.of("origin", call.remote())));
  }

  static Map<String, Object> echo(Call call) {
    Map<String, Object> echo = new LinkedHashMap<>();
    echo.put("method", call.method());
    echo.put("url", shownTarget(call));
    echo.put("path", call.path());
    echo.put("args", args(call.queryParameters()));
    echo.put("headers", byName(call.headers()));
    echo.put("origin", call.remote());
    echo.put("protocol", call.protocol());
    if (call.hasBody()) {
      Body body = Body.of(call.body());
      echo.put("data", body.text());
      echo.put("dataBytes", body.size());
      Json.parse(call.body()).ifPresent(json -> echo.put("json", json));
    }
    return echo;
  }

  private static String shownTarget(Call call) {
    return JournalRecorder.shownTarget(call.method(), call.target());
  }

  /** One value as a string, several as a list, as people expect from httpbin. */
  private static Map<String, Object> args(Map<String, List<String>> query) {
    Map<String, Object> args = new LinkedHashMap<>();
    query.forEach((k, v) -> args.put(k, v.size() == 1 ? v.get(0) : v));
    return args;
  }

  /**
   * The fields by name, a repeated name's values joined with ", " and credentials redacted: how the
   * echoes and the admin journal show a request's fields.
   */
  static Map<String, String> byName(Headers headers) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (Headers.Field f : headers.fields()) {
      String value = Headers.shown(f.name(), f.value());
      shown.merge(f.name(), value, (a, b) -> a + ", " + b);
    }
    return shown;
  }
}
