package dev.statuskit.retry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * How a client waits between tries. The system sleeper really waits; a test passes one that only
 * moves its clock forward, so a test of a 30-second Retry-After takes no time at all.
 */
public interface Sleeper {

  /** Blocks the calling thread for the delay (the synchronous clients). */
  void sleep(Duration delay) throws InterruptedException;

  /**
   * An executor that runs its task once the delay has passed, without holding a thread while it
   * waits (the asynchronous clients).
   */
  Executor after(Duration delay);

  /** Waits in real time: {@link Thread#sleep} and {@link CompletableFuture#delayedExecutor}. */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}
