package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  @Test
  void spacesStartsEvenlyWithNoBurstAtTheStart() throws InterruptedException {
    RateLimiter limiter = new RateLimiter(50); // 20 ms apart

    long start = System.nanoTime();
    for (int i = 0; i < 6; i++) {
      limiter.acquire();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // The first goes at once, the next five 20 ms apart.
    assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(95));
  }

  @Test
  void isSharedFairlyByThreads() throws InterruptedException {
    RateLimiter limiter = new RateLimiter(100); // 10 ms apart
    Runnable twice =
        () -> {
          try {
            limiter.acquire();
            limiter.acquire();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        };

    long start = System.nanoTime();
    Thread[] threads = {new Thread(twice), new Thread(twice), new Thread(twice)};
    for (Thread t : threads) {
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }

    // Six starts over three threads still take five intervals.
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(48));
  }
}
