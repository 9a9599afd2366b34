package dev.statuskit.server.mock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API under {@value #PREFIX}, a prefix no mock route uses: the request journal and a
 * reset of all state (rate-limit buckets, flaky counters, scenario sequences, journal).
 */
final class Admin {
  static final String PREFIX = "/__admin/";

  private final Journal journal;
  private final RateLimiter limiter;
  private final Flaky flaky;
  private final Scenarios scenarios;

  Admin(Journal journal, RateLimiter limiter, Flaky flaky, Scenarios scenarios) {
    this.journal = journal;
    this.limiter = limiter;
    this.flaky = flaky;
    this.scenarios = scenarios;
  }

  /** The journal, oldest first; limit= keeps only the newest entries. */
  Reply requests(Call call) {
    List<Journal.Entry> entries = journal.entries();
    int limit = (int) call.number("limit", entries.size(), 0, Integer.MAX_VALUE);
    List<Map<String, Object>> shown =
        entries.subList(Math.max(0, entries.size() - limit), entries.size()).stream()
            .map(Admin::shown)
            .toList();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total", journal.total());
    body.put("requests", shown);
    return Reply.json(200, Json.bytes(body));
  }

  Reply reset(Call call) {
    limiter.reset();
    flaky.reset();
    scenarios.reset();
    journal.clear();
    return Reply.json(
        200,
        Json.bytes(
            Map.of(
                "reset",
                List.of("rate limits", "flaky counters", "scenario sequences", "journal"))));
  }

  private static Map<String, Object> shown(Journal.Entry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("at", e.at().toString());
    m.put("client", e.client());
    m.put("method", e.method());
    m.put("target", e.target());
    m.put("headers", Echo.byName(e.headers()));
    m.put("status", e.status());
    m.put("millis", e.millis());
    return m;
  }
}
