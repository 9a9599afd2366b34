package dev.statuskit.server.mock;

import dev.statuskit.exchange.Headers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * /limited: a token bucket per client key (X-Client-Id or address). A bucket holds up to burst
 * tokens and gains rate tokens a second; each request takes one, and a request that finds none gets
 * 429 with Retry-After and rate-limit fields that agree with it.
 */
final class RateLimiter {
  static final double DEFAULT_RATE = 1;
  static final int DEFAULT_BURST = 5;
  static final double MAX_RATE = 10_000;
  static final int MAX_BURST = 100_000;

  private final ClientTable<Bucket> buckets;
  private final LongSupplier nanoTime;

  RateLimiter(int maxClients, LongSupplier nanoTime) {
    this.buckets = new ClientTable<>(maxClients);
    this.nanoTime = nanoTime;
  }

  void reset() {
    buckets.clear();
  }

  /**
   * What one request found: whether it may pass, the tokens left, and the seconds until a token and
   * until a full bucket.
   */
  record Decision(boolean allowed, int limit, int remaining, long retryAfter, long reset) {}

  private static final class Bucket {
    double tokens;
    long updated;

    Bucket(double tokens, long updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }

  Reply limited(Call call) {
    double rate = rate(call);
    int burst = (int) call.number("burst", DEFAULT_BURST, 1, MAX_BURST);
    Decision d = take(call.clientKey() + "|" + rate + "|" + burst, rate, burst);
    Headers fields = fields(d, rate);
    if (!d.allowed()) {
      Reply tooMany =
          StatusReplies.of(
              429,
              call,
              new StatusReplies.Options(
                  Optional.of(String.valueOf(d.retryAfter())), Optional.empty(), Optional.empty()));
      for (Headers.Field f : fields.fields()) {
        tooMany = tooMany.replacing(f.name(), f.value());
      }
      return tooMany;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("client", call.clientKey());
    body.put("limit", d.limit());
    body.put("remaining", d.remaining());
    body.put("rate", rate);
    Reply ok = Reply.json(200, Json.bytes(body));
    return ok.withHeaders(headersOf(ok, fields));
  }

  private static Headers headersOf(Reply reply, Headers more) {
    Headers h = reply.headers();
    for (Headers.Field f : more.fields()) {
      h = h.with(f.name(), f.value());
    }
    return h;
  }

  private static double rate(Call call) {
    Optional<String> text = call.query("rate");
    if (text.isEmpty()) {
      return DEFAULT_RATE;
    }
    try {
      double rate = Double.parseDouble(text.get());
      if (rate > 0 && rate <= MAX_RATE) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw Refusal.badRequest(
        "rate must be a number of requests a second above 0, at most " + (int) MAX_RATE);
  }

  /**
   * The draft's fields (draft-ietf-httpapi-ratelimit-headers): the older RateLimit-Limit /
   * -Remaining / -Reset trio, and the structured RateLimit with its RateLimit-Policy, whose window
   * is the time an empty bucket takes to fill.
   */
  static Headers fields(Decision d, double rate) {
    long window = Math.max(1, (long) Math.ceil(d.limit() / rate));
    return Headers.of(
        "RateLimit-Limit", String.valueOf(d.limit()),
        "RateLimit-Remaining", String.valueOf(d.remaining()),
        "RateLimit-Reset", String.valueOf(d.reset()),
        "RateLimit", "\"limited\";r=" + d.remaining() + ";t=" + d.reset(),
        "RateLimit-Policy", "\"limited\";q=" + d.limit() + ";w=" + window);
  }

  Decision take(String key, double rate, int burst) {
    long now = nanoTime.getAsLong();
    return buckets.with(
        key,
        k -> new Bucket(burst, now),
        b -> {
          double elapsed = (now - b.updated) / 1e9;
          b.tokens = Math.min(burst, b.tokens + elapsed * rate);
          b.updated = now;
          boolean allowed = b.tokens >= 1;
          if (allowed) {
            b.tokens -= 1;
          }
          int remaining = (int) Math.floor(b.tokens);
          // Whole seconds, rounded up: a client that waits this long finds a token (or a full
          // bucket).
          long untilToken = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - b.tokens) / rate));
          long untilFull = (long) Math.ceil((burst - b.tokens) / rate);
          return new Decision(
              allowed, burst, remaining, untilToken, Math.max(untilFull, untilToken));
        });
  }
}
