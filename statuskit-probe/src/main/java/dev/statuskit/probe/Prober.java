package dev.statuskit.probe;

import dev.statuskit.input.InputException;
import dev.statuskit.openapi.ConformancePlan;
import dev.statuskit.openapi.OpenApiConformance;
import dev.statuskit.rules.Audit;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live-API auditor: for every path under a base URL it sends a plain GET and the probes that
 * reveal what reading traffic cannot (no credentials, a wrong method, an unknown id, a conditional
 * GET, HEAD, OPTIONS, and with {@link ProbeOptions#allowUnsafe()} malformed JSON and a wrong
 * Content-Type), checks every exchange with the audit's rules and records the probes' unmet
 * expectations as SK4xx findings ({@link ProbeRules}).
 *
 * <pre>{@code
 * Audit audit = new Audit(base.toString(), Rules.catalogue().plus(ProbeRules.all()));
 * Prober.create(ProbeOptions.defaults())
 *     .run(URI.create("https://api.example.com/v1"), List.of("/users/42", "/orders"), audit,
 *         ProgressListener.none());
 * AuditResult result = audit.result();
 * }</pre>
 *
 * <p>Politeness: at most {@link ProbeOptions#concurrency()} requests in flight and {@link
 * ProbeOptions#requestsPerSecond()} started per second, connect and response timeouts, redirects
 * not followed, a User-Agent that names statuskit, bodies read only up to {@link
 * dev.statuskit.exchange.Body#EXCERPT}, and no method but GET, HEAD, OPTIONS and TRACE unless
 * unsafe methods are allowed.
 */
public final class Prober {
  private final ProbeOptions options;

  private Prober(ProbeOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public static Prober create(ProbeOptions options) {
    return new Prober(options);
  }

  /**
   * Probes every path under the base URL. Every exchange, baseline and probe, goes through {@link
   * Audit#check}; the probes' expectations are recorded with {@link Audit#record}, so the audit's
   * rule set must include {@link ProbeRules#all()}. Findings arrive in path order whatever the
   * concurrency. The first path is probed alone, so an unreachable API costs one request.
   *
   * @param base the API's base URL; paths are appended to its path
   * @param paths paths under the base ("/users/42"; "/users/{id}" for the unknown-id probe only);
   *     none means the base URL itself
   * @param audit receives the exchanges and findings; used from the calling thread only
   * @param progress told after each path
   * @throws InputException if the base or a path is not usable, or the first request cannot connect
   *     (unknown host, connection refused, connect timeout, TLS failure): one line naming the URL
   *     and the cause. Later requests that get no answer (timeouts) are recorded with {@link
   *     Audit#skippedInput}, and the run goes on.
   */
  public void run(URI base, List<String> paths, Audit audit, ProgressListener progress)
      throws InputException {
    List<Endpoint> endpoints = Endpoint.resolve(base, paths);
    try (HttpTransport transport = new HttpTransport(options)) {
      run(endpoints, new FirstRequest(transport), audit, progress);
    }
  }

  /**
   * Tests a live API against its spec: sends every request of the plan (one at a time, within the
   * rate limit), checks each exchange with the audit's rules and records where the answer breaks
   * the spec's promises ({@link OpenApiConformance#check}) with {@link Audit#record}, so the
   * audit's rule set must include {@link OpenApiConformance#rules()}. The user's headers go with
   * every request except the secret ones on requests planned without credentials.
   *
   * @param base the API's base URL; the plan's base path is added unless the URL already ends with
   *     it ({@code https://api.example.com} and {@code https://api.example.com/v1} both work for a
   *     spec whose server is {@code /v1})
   * @throws InputException as {@link #run(URI, List, Audit, ProgressListener)}
   */
  public void run(URI base, ConformancePlan plan, Audit audit, ProgressListener progress)
      throws InputException {
    Endpoint.resolve(base, List.of());
    try (HttpTransport transport = new HttpTransport(options)) {
      new SpecProbe(options, new FirstRequest(transport)).run(base, plan, audit, progress);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      audit.skippedInput("run interrupted", base.toString());
    }
  }

  /** The run over any sender; package-private so tests can observe the schedule. */
  void run(List<Endpoint> endpoints, Sender sender, Audit audit, ProgressListener progress) {
    EndpointProbe probe = new EndpointProbe(options, sender, new Random());
    int total = endpoints.size();
    try {
      probe.run(endpoints.get(0)).commitTo(audit);
    } catch (InterruptedException e) {
      interrupted(endpoints, 0, audit);
      return;
    }
    progress.step(1, total);

    ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), threads());
    // A bounded window of paths in progress: workers stay busy, memory stays bounded, and
    // outcomes are committed in path order.
    int window = 2 * options.concurrency();
    Deque<Future<Outcomes>> inProgress = new ArrayDeque<>();
    int next = 1;
    int done = 1;
    try {
      while (done < total) {
        while (next < total && inProgress.size() < window) {
          Endpoint e = endpoints.get(next++);
          inProgress.add(pool.submit(() -> probe.run(e)));
        }
        inProgress.remove().get().commitTo(audit);
        progress.step(++done, total);
      }
    } catch (InterruptedException e) {
      interrupted(endpoints, done, audit);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Stops where it is: the paths not committed yet are counted as skipped, not lost. */
  private static void interrupted(List<Endpoint> endpoints, int from, Audit audit) {
    Thread.currentThread().interrupt();
    for (Endpoint e : endpoints.subList(from, endpoints.size())) {
      audit.skippedInput("run interrupted", e.path());
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    return new IllegalStateException("probe failed", cause);
  }

  private static ThreadFactory threads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "statuskit-probe-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
