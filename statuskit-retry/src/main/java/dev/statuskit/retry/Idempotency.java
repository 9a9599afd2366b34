package dev.statuskit.retry;

import dev.statuskit.exchange.Headers;
import java.util.Set;

/** Whether sending a request twice has the same effect as sending it once. */
final class Idempotency {
  private Idempotency() {}

  /**
   * The header a client sends so that the server applies a non-idempotent request at most once
   * (draft-ietf-httpapi-idempotency-key-header).
   */
  static final String KEY = "Idempotency-Key";

  /** RFC 9110 §9.2.2: the safe methods, plus PUT and DELETE. */
  private static final Set<String> IDEMPOTENT =
      Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

  /** Method names are case-sensitive (RFC 9110 §9.1), so "get" is not GET. */
  static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  static boolean hasKey(Headers requestHeaders) {
    return requestHeaders.first(KEY).filter(k -> !k.isEmpty()).isPresent();
  }
}
