package dev.statuskit.server.mock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * /flaky/{n}: fails n times with the chosen status, then succeeds once, per client key and key=;
 * then the cycle starts again, so a retry test can run twice without a reset. The failures carry
 * what the registry names for the status (Retry-After for 503 and 429, with {@value
 * RegistryHeaders#RETRY_AFTER_SECONDS} second unless retry_after= says otherwise).
 */
final class Flaky {
  static final int MAX_FAILURES = 100;
  static final int DEFAULT_STATUS = 503;

  private final ClientTable<int[]> counters;

  Flaky(int maxClients) {
    this.counters = new ClientTable<>(maxClients);
  }

  void reset() {
    counters.clear();
  }

  Reply flaky(Call call) {
    int failures = (int) Numbers.bounded("n", call.param("n"), 0, MAX_FAILURES);
    int status = (int) call.number("status", DEFAULT_STATUS, 400, 599);
    String key = call.clientKey() + "|" + call.path() + "|" + call.query("key").orElse("");
    int attempt = counters.with(key, k -> new int[1], c -> c[0]++ % (failures + 1)) + 1;
    if (attempt <= failures) {
      return StatusReplies.of(
              status,
              call,
              new StatusReplies.Options(
                  call.query("retry_after").map(v -> FieldCheck.checked("Retry-After", v)),
                  Optional.empty(),
                  Optional.empty()))
          .with("X-Flaky-Attempt", attempt + "/" + (failures + 1));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("attempt", attempt);
    body.put("failuresBefore", failures);
    return Reply.json(200, Json.bytes(body))
        .with("X-Flaky-Attempt", attempt + "/" + (failures + 1));
  }
}
