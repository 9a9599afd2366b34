package dev.statuskit.retry;

import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.Retry;
import dev.statuskit.registry.RetryAdvice;
import dev.statuskit.registry.Standing;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * When to send a request again, and how long to wait first, following what the status code means.
 * Immutable and thread-safe; one policy serves any number of clients and requests.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.defaults();
 * RetryDecision d = policy.decide(Attempt.first("GET"), 503, Headers.of("Retry-After", "2"));
 * d.retry();   // true
 * d.delay();   // PT2S
 * policy.decide(Attempt.first("GET"), 400, Headers.empty()).reason();
 * // "400 Bad Request is not retried: Fix what the error body points at; ..."
 * }</pre>
 *
 * <p>The defaults, and why:
 *
 * <ul>
 *   <li>Retry 408, 429, 500, 502, 503 and 504 only: the failures a later, identical request can get
 *       past. Any other 4xx says the request itself is wrong and will fail the same way again.
 *   <li>Repeat only idempotent requests (RFC 9110 §9.2.2), or non-idempotent ones that carry an
 *       {@code Idempotency-Key}: a POST that timed out may have been applied, and a blind retry
 *       would apply it twice. A connection that could not be made is the exception: nothing was
 *       sent, so any method may be tried again.
 *   <li>Wait as long as Retry-After says (RFC 9110 §10.2.3), up to 30 s; when a server asks for
 *       more, or more than the time budget has left, stop rather than come back early.
 *   <li>Otherwise back off exponentially with full jitter, from 200 ms up to 10 s, so that clients
 *       that failed together do not return together.
 *   <li>At most 3 tries (the first and two retries), all within 60 s.
 * </ul>
 */
public final class RetryPolicy {

  /** What a failing response can be retried on by default: the policy. */
  public static final Set<Integer> DEFAULT_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  public static final int DEFAULT_MAX_ATTEMPTS = 3;
  public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(60);
  public static final Duration DEFAULT_BASE_BACKOFF = Duration.ofMillis(200);
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(10);
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

  /** When a request whose method is not idempotent may be sent again. */
  public enum NonIdempotent {
    /** Never: only GET, HEAD, OPTIONS, TRACE, PUT and DELETE are repeated. */
    NEVER,
    /** When it carries an Idempotency-Key, which lets the server apply it at most once. */
    WITH_IDEMPOTENCY_KEY,
    /** Always: for APIs that make every operation safe to repeat. */
    ALWAYS
  }

  private static final RetryPolicy DEFAULTS = builder().build();

  private final Set<Integer> statuses;
  private final int maxAttempts;
  private final Duration budget;
  private final Duration baseBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final NonIdempotent nonIdempotent;
  private final Clock clock;
  private final RandomGenerator random;
  private final Sleeper sleeper;
  private final RetryListener listener;

  private RetryPolicy(Builder b) {
    this.statuses = Set.copyOf(b.statuses);
    this.maxAttempts = b.maxAttempts;
    this.budget = b.budget;
    this.baseBackoff = b.baseBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.nonIdempotent = b.nonIdempotent;
    this.clock = b.clock;
    this.random = b.random;
    this.sleeper = b.sleeper;
    this.listener = b.listener;
  }

  /** The policy described above, on the system clock. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * After a try that got a response: retry after a delay, or stop.
   *
   * @param attempt the try that got it
   * @param status the response's status code
   * @param responseHeaders the response's header fields (for Retry-After); a status outside 100–599
   *     is not HTTP and is never retried
   */
  public RetryDecision decide(Attempt attempt, int status, Headers responseHeaders) {
    if (status < 100 || status > 599) {
      return RetryDecision.stop(status + " is not an HTTP status code (RFC 9110 §15)");
    }
    StatusCode code = StatusCodes.of(status);
    if (!isRetryable(code)) {
      return RetryDecision.stop(notRetried(code));
    }
    String subject = subject(code);
    Optional<String> refused = repeatRefused(attempt);
    if (refused.isPresent()) {
      return RetryDecision.stop(subject + ", but " + refused.get());
    }
    if (attempt.number() >= maxAttempts) {
      return RetryDecision.stop(subject + " on the last of " + maxAttempts + " tries");
    }
    Optional<String> header = responseHeaders.first("Retry-After");
    Optional<Duration> asked = header.flatMap(v -> RetryAfter.delay(v, clock.instant()));
    if (asked.isPresent()) {
      Duration delay = asked.get();
      if (delay.compareTo(maxRetryAfter) > 0) {
        return RetryDecision.stop(
            subject
                + " asks to wait "
                + RetryDecision.text(delay)
                + " (Retry-After), longer than the "
                + RetryDecision.text(maxRetryAfter)
                + " this policy waits; coming back sooner would ignore the server");
      }
      return withinBudget(
          attempt,
          delay,
          subject + ": waiting " + RetryDecision.text(delay) + " as Retry-After asks");
    }
    Duration delay = backoff(attempt);
    String unread =
        header
            .map(v -> " (Retry-After \"" + v + "\" is neither delay-seconds nor a date)")
            .orElse("");
    return withinBudget(
        attempt, delay, subject + ": backing off " + RetryDecision.text(delay) + unread);
  }

  /**
   * After a try that ended without a response (the exception it threw): retry after a delay, or
   * stop. A connection that could not be made is retried for any method; a failure after the
   * request went out only where a repeat is harmless; an unknown host, a certificate problem, an
   * interrupt or a bug never.
   */
  public RetryDecision decide(Attempt attempt, Throwable failure) {
    return decide(attempt, failure, Failure.of(failure));
  }

  RetryDecision decide(Attempt attempt, Throwable failure, Failure kind) {
    String subject = describe(failure);
    if (kind == Failure.PERMANENT) {
      return RetryDecision.stop(subject + ": " + kind.meaning());
    }
    if (kind == Failure.MAYBE_PROCESSED) {
      Optional<String> refused = repeatRefused(attempt);
      if (refused.isPresent()) {
        return RetryDecision.stop(subject + ": " + kind.meaning() + ", and " + refused.get());
      }
    }
    if (attempt.number() >= maxAttempts) {
      return RetryDecision.stop(subject + " on the last of " + maxAttempts + " tries");
    }
    Duration delay = backoff(attempt);
    return withinBudget(
        attempt,
        delay,
        subject + ": " + kind.meaning() + "; backing off " + RetryDecision.text(delay));
  }

  /** The status codes this policy retries. */
  public Set<Integer> retryableStatuses() {
    return new TreeSet<>(statuses);
  }

  /** The most tries of one request, the first included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The time from the first try within which every retry must start. */
  public Duration budget() {
    return budget;
  }

  /** The longest Retry-After this policy honours; a longer one ends the retries. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  public NonIdempotent nonIdempotent() {
    return nonIdempotent;
  }

  Clock clock() {
    return clock;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  RetryListener listener() {
    return listener;
  }

  @Override
  public String toString() {
    return "RetryPolicy[statuses="
        + retryableStatuses()
        + ", maxAttempts="
        + maxAttempts
        + ", budget="
        + RetryDecision.text(budget)
        + ", backoff="
        + RetryDecision.text(baseBackoff)
        + ".."
        + RetryDecision.text(maxBackoff)
        + ", maxRetryAfter="
        + RetryDecision.text(maxRetryAfter)
        + ", nonIdempotent="
        + nonIdempotent
        + "]";
  }

  /**
   * Whether the policy retries the code. An unassigned code counts as the x00 code of its class, as
   * RFC 9110 §15 has clients treat a code they do not recognise.
   */
  private boolean isRetryable(StatusCode code) {
    int counted =
        code.standing() == Standing.UNASSIGNED ? code.statusClass().generic() : code.code();
    return statuses.contains(counted);
  }

  private String notRetried(StatusCode code) {
    Retry retry = code.retry();
    if (retry.advice() == RetryAdvice.NOT_NEEDED) {
      return code + ": " + retry.note();
    }
    if (retry.advice().isRetryable()) {
      return code + " is not among the statuses this policy retries " + retryableStatuses();
    }
    return code + " is not retried: " + retry.note();
  }

  private static String subject(StatusCode code) {
    return code.standing() == Standing.UNASSIGNED
        ? code.code() + " (unassigned, treated as " + code.statusClass().generic() + ")"
        : code.toString();
  }

  /** Why this request must not be sent twice, if it must not. */
  private Optional<String> repeatRefused(Attempt attempt) {
    String method = attempt.method();
    if (Idempotency.isIdempotent(method) || nonIdempotent == NonIdempotent.ALWAYS) {
      return Optional.empty();
    }
    if (nonIdempotent == NonIdempotent.WITH_IDEMPOTENCY_KEY
        && Idempotency.hasKey(attempt.requestHeaders())) {
      return Optional.empty();
    }
    String why =
        nonIdempotent == NonIdempotent.NEVER
            ? " and this policy never repeats such requests"
            : " and carries no " + Idempotency.KEY;
    return Optional.of(
        method
            + " is not idempotent (RFC 9110 §9.2.2)"
            + why
            + ": a second try could apply it twice");
  }

  private Duration backoff(Attempt attempt) {
    return Backoff.fullJitter(baseBackoff, maxBackoff, attempt.number(), random);
  }

  /** Every retry must start within the budget; waiting past it means stopping now. */
  private RetryDecision withinBudget(Attempt attempt, Duration delay, String reason) {
    Duration left = budget.minus(attempt.elapsed());
    if (delay.compareTo(left) > 0) {
      return RetryDecision.stop(
          reason
              + ", but that would pass the "
              + RetryDecision.text(budget)
              + " time budget ("
              + RetryDecision.text(attempt.elapsed())
              + " spent)");
    }
    return RetryDecision.retryAfter(
        delay, reason + ", then try " + (attempt.number() + 1) + " of " + maxAttempts);
  }

  private static String describe(Throwable failure) {
    Throwable t = Failure.unwrapped(failure);
    String message = t.getMessage();
    String name = t.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + " (" + message + ")";
  }

  /** Settings for a {@link RetryPolicy}; every one starts at its default. */
  public static final class Builder {
    private Set<Integer> statuses = DEFAULT_STATUSES;
    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration budget = DEFAULT_BUDGET;
    private Duration baseBackoff = DEFAULT_BASE_BACKOFF;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
    private NonIdempotent nonIdempotent = NonIdempotent.WITH_IDEMPOTENCY_KEY;
    private Clock clock = Clock.systemUTC();
    private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();
    private Sleeper sleeper = Sleeper.system();
    private RetryListener listener = RetryListener.none();

    private Builder() {}

    /**
     * The status codes to retry, replacing the default set. Only codes the registry says a retry
     * can help with are accepted: a 404 or a 422 will not turn into a success by asking again.
     *
     * @throws IllegalArgumentException for a code outside 100–599 or one a retry cannot fix, with
     *     the registry's advice for it
     */
    public Builder retryOn(Collection<Integer> codes) {
      for (int code : codes) {
        StatusCode status = StatusCodes.of(code);
        if (!status.retry().advice().isRetryable()) {
          throw new IllegalArgumentException(
              status + " cannot be retried: " + status.retry().note());
        }
      }
      this.statuses = Set.copyOf(codes);
      return this;
    }

    /** The status codes to retry; see {@link #retryOn(Collection)}. */
    public Builder retryOn(int... codes) {
      return retryOn(Arrays.stream(codes).boxed().toList());
    }

    /** The most tries of one request, the first included; 3 by default, 1 turns retries off. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The time from the first try within which every retry must start; 60 s by default. */
    public Builder budget(Duration budget) {
      this.budget = positive("budget", budget);
      return this;
    }

    /**
     * Exponential backoff for failures without a usable Retry-After: after try n, a random wait up
     * to min(max, base × 2^(n-1)); 200 ms and 10 s by default.
     */
    public Builder backoff(Duration base, Duration max) {
      positive("base backoff", base);
      positive("max backoff", max);
      if (base.compareTo(max) > 0) {
        throw new IllegalArgumentException(
            "base backoff " + base + " is longer than the max backoff " + max);
      }
      this.baseBackoff = base;
      this.maxBackoff = max;
      return this;
    }

    /** The longest Retry-After to honour; a longer one stops the retries. 30 s by default. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive("maxRetryAfter", maxRetryAfter);
      return this;
    }

    /** When a POST, PATCH or other non-idempotent request may be sent again. */
    public Builder nonIdempotent(NonIdempotent nonIdempotent) {
      this.nonIdempotent = Objects.requireNonNull(nonIdempotent, "nonIdempotent");
      return this;
    }

    /** The clock for elapsed time and HTTP-dates in Retry-After; tests pass their own. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The randomness of the jitter; tests pass a fixed one. It must be safe to share between
     * threads when the policy is (a {@code SplittableRandom} is not; {@code java.util.Random} is).
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** How clients wait between tries; tests pass one that only moves their clock. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Hears every decision the clients make; none by default. */
    public Builder listener(RetryListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(String what, Duration d) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive: " + d);
      }
      return d;
    }
  }
}
