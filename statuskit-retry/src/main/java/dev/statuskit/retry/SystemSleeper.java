package dev.statuskit.retry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Waits in real time. */
enum SystemSleeper implements Sleeper {
  INSTANCE;

  @Override
  public void sleep(Duration delay) throws InterruptedException {
    if (delay.isNegative() || delay.isZero()) {
      return;
    }
    TimeUnit.NANOSECONDS.sleep(delay.toNanos());
  }

  @Override
  public Executor after(Duration delay) {
    return CompletableFuture.delayedExecutor(Math.max(0, delay.toNanos()), TimeUnit.NANOSECONDS);
  }
}
