package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import java.time.Duration;

/**
 * /early-hints: a real 103 Early Hints (RFC 8297) with the fields the registry names for it, then,
 * after a pause in which a browser would start preloading, the final 200 with the same links.
 */
final class EarlyHints {
  /** The pause between the hints and the final response unless delay= says otherwise. */
  static final Duration PAUSE = Duration.ofMillis(100);

  private EarlyHints() {}

  static Reply hints(Call call, Limits limits) {
    Reply hint = StatusReplies.of(103, call, StatusReplies.Options.NONE);
    Headers links =
        Headers.of(
            hint.headers().fields().stream()
                .filter(f -> f.name().equalsIgnoreCase("Link"))
                .toList());
    Reply reply = StatusReplies.of(200, call, StatusReplies.Options.NONE);
    for (Headers.Field f : links.fields()) {
      reply = reply.with(f.name(), f.value());
    }
    Duration pause = call.query("delay").isPresent() ? QueryOptions.delay(call, limits) : PAUSE;
    return reply.after(new Reply.Interim(103, hint.headers())).delayed(pause);
  }
}
