package dev.statuskit.retry;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: after try n, wait a random time between zero and min(max,
 * base × 2^(n-1)). Spreading retries over the whole window keeps clients that failed together from
 * retrying together.
 */
final class Backoff {
  private Backoff() {}

  /** Beyond this many doublings every ceiling is already past any sane maximum. */
  private static final int MAX_DOUBLINGS = 40;

  static Duration ceiling(Duration base, Duration max, int attempt) {
    int doublings = Math.min(attempt - 1, MAX_DOUBLINGS);
    double nanos = base.toNanos() * Math.pow(2, doublings);
    return nanos >= max.toNanos() ? max : Duration.ofNanos((long) nanos);
  }

  /** A delay in [0, ceiling), rounded down to the millisecond. */
  static Duration fullJitter(Duration base, Duration max, int attempt, RandomGenerator random) {
    long ceilingMillis = ceiling(base, max, attempt).toMillis();
    return Duration.ofMillis((long) (random.nextDouble() * ceilingMillis));
  }
}
