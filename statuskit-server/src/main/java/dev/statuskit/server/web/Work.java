package dev.statuskit.server.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bounded pool for work that blocks (the tester waits on the network, stats reads a whole log):
 * it must never run on the server's event loop, where it would stall every other connection. When
 * all threads are busy and the queue is full, the request gets 503 at once instead of waiting.
 */
final class Work implements AutoCloseable {
  private final String name;
  private final ThreadPoolExecutor pool;

  Work(String name, int threads, int queue) {
    this.name = name;
    AtomicInteger count = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "statuskit-ui-" + name + "-" + count.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    pool.allowCoreThreadTimeOut(true);
  }

  /** Runs the job on the pool; a full pool answers 503 with Retry-After. */
  CompletionStage<WebResponse> submit(Supplier<WebResponse> job) {
    try {
      return CompletableFuture.supplyAsync(job, pool);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.completedFuture(
          Json.problem(503, "the " + name + " is busy with other requests; try again in a moment")
              .with("Retry-After", "2"));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
