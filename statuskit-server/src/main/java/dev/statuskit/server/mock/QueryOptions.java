package dev.statuskit.server.mock;

import java.time.Duration;

/**
 * The query options every wrapped route takes, applied around its handler: {@code delay=ms} holds
 * the response back (at most the server's max delay), and each {@code header=Name:Value} adds or
 * replaces a field of the response.
 */
final class QueryOptions {
  private QueryOptions() {}

  static Route.Handler around(Route.Handler handler, Limits limits) {
    return call -> {
      if (call.queryParameters().isEmpty()) {
        return handler.handle(call); // no options: nothing to apply
      }
      Duration delay = delay(call, limits);
      Reply reply = handler.handle(call);
      for (String header : call.queryAll("header")) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
          throw Refusal.badRequest(
              "header= takes Name:Value, not '" + Numbers.shorten(header) + "'");
        }
        String name = header.substring(0, colon).strip();
        String value = FieldCheck.checked(name, header.substring(colon + 1).strip());
        reply = reply.replacing(name, value);
      }
      return delay.isZero() ? reply : reply.delayed(reply.delay().plus(delay));
    };
  }

  static Duration delay(Call call, Limits limits) {
    return Duration.ofMillis(call.number("delay", 0, 0, limits.maxDelay().toMillis()));
  }
}
