package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.StatusCodes;
import java.time.Duration;
import java.util.Arrays;

/** /delay/{ms} and /drip: responses that take their time. */
final class Timing {
  private final Limits limits;

  Timing(Limits limits) {
    this.limits = limits;
  }

  /** The request echoed after ms milliseconds. */
  Reply delay(Call call) {
    long ms = Numbers.bounded("ms", call.param("ms"), 0, limits.maxDelay().toMillis());
    return Echo.anything(call).delayed(Duration.ofMillis(ms));
  }

  /**
   * numbytes asterisks dripped evenly over duration ms, after delay ms, with status code (RFC 9110
   * §8.6: Content-Length is sent up front, so the client knows how much is still to come).
   */
  Reply drip(Call call) {
    long maxMs = limits.maxDelay().toMillis();
    int bytes = (int) call.number("numbytes", 10, 1, Limits.MAX_GENERATED_BYTES);
    long duration = call.number("duration", 2000, 0, maxMs);
    long delay = call.number("delay", 0, 0, maxMs);
    int code = (int) call.number("code", 200, 200, 599);
    if (!StatusCodes.of(code).bodyAllowed()) {
      throw Refusal.badRequest(code + " responses carry no content, so there is nothing to drip");
    }
    byte[] body = new byte[bytes];
    Arrays.fill(body, (byte) '*');
    return Reply.of(code, Headers.of("Content-Type", "application/octet-stream"), body)
        .delayed(Duration.ofMillis(delay))
        .dripped(Duration.ofMillis(duration));
  }
}
