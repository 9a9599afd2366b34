package dev.statuskit.probe;

import java.util.concurrent.TimeUnit;

/**
 * Spaces request starts at least 1/rate apart, over all threads: a fixed-interval limiter, so the
 * API never sees a burst, not even at start-up.
 */
final class RateLimiter {
  private final long intervalNanos;
  private long nextSlot;

  RateLimiter(double perSecond) {
    this.intervalNanos = (long) Math.ceil(TimeUnit.SECONDS.toNanos(1) / perSecond);
    this.nextSlot = System.nanoTime();
  }

  /** Waits for this caller's slot. */
  void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      TimeUnit.NANOSECONDS.sleep(wait);
    }
  }

  /** Takes the next free slot and returns how long until it comes, in nanoseconds. */
  private synchronized long reserve() {
    long now = System.nanoTime();
    // Compare by difference: nanoTime values may wrap around.
    long slot = nextSlot - now > 0 ? nextSlot : now;
    nextSlot = slot + intervalNanos;
    return slot - now;
  }
}
