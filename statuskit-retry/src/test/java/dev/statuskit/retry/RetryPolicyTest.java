package dev.statuskit.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryPolicyTest {

  private static final List<String> IDEMPOTENT =
      List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

  private final FakeTime time = new FakeTime(Instant.parse("2025-06-01T12:00:00Z"));

  /** A jitter that always lands in the middle of the window. */
  private static RandomGenerator half() {
    return fixed(0.5);
  }

  private static RandomGenerator fixed(double value) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        throw new UnsupportedOperationException();
      }

      @Override
      public double nextDouble() {
        return value;
      }
    };
  }

  private RetryPolicy.Builder policy() {
    return RetryPolicy.builder().clock(time).sleeper(time).random(half());
  }

  private static Attempt attempt(int number, String method, String... headers) {
    return new Attempt(number, method, Headers.of(headers), Duration.ZERO);
  }

  // Which statuses.

  @Test
  void retriesEachDefaultStatusForEachIdempotentMethod() {
    RetryPolicy p = policy().build();
    for (int status : RetryPolicy.DEFAULT_STATUSES) {
      for (String method : IDEMPOTENT) {
        assertThat(p.decide(attempt(1, method), status, Headers.empty()).retry())
            .as("%s answered %d", method, status)
            .isTrue();
      }
    }
  }

  @Test
  void neverRetriesAnyOther4xx() {
    RetryPolicy p = policy().build();
    for (StatusCode code : StatusCodes.inClass(StatusClass.CLIENT_ERROR)) {
      if (code.code() == 408 || code.code() == 429) {
        continue;
      }
      RetryDecision d = p.decide(attempt(1, "GET"), code.code(), Headers.of("Retry-After", "1"));
      assertThat(d.retry()).as("%s", code).isFalse();
      assertThat(d.reason()).startsWith(code.toString());
    }
  }

  @Test
  void explainsA400WithTheRegistryAdvice() {
    RetryDecision d = policy().build().decide(attempt(1, "GET"), 400, Headers.empty());

    assertThat(d.retry()).isFalse();
    assertThat(d.delay()).isZero();
    assertThat(d.reason())
        .isEqualTo("400 Bad Request is not retried: " + StatusCodes.of(400).retry().note());
    assertThat(d.toString()).startsWith("stop: 400 Bad Request is not retried: ");
  }

  @Test
  void stopsOnSuccessSayingSo() {
    RetryDecision d = policy().build().decide(attempt(1, "POST"), 201, Headers.empty());

    assertThat(d.retry()).isFalse();
    assertThat(d.reason()).isEqualTo("201 Created: " + StatusCodes.of(201).retry().note());
  }

  @ParameterizedTest
  @ValueSource(ints = {421, 423, 425, 520})
  void namesTheSetWhenARetryableCodeIsNotInIt(int status) {
    RetryDecision d = policy().build().decide(attempt(1, "GET"), status, Headers.empty());

    assertThat(d.retry()).isFalse();
    assertThat(d.reason())
        .contains("is not among the statuses this policy retries [408, 429, 500, 502, 503, 504]");
  }

  @Test
  void retriesAnUnassigned5xxAsA500() {
    RetryDecision d = policy().build().decide(attempt(1, "GET"), 555, Headers.empty());

    assertThat(d.retry()).isTrue();
    assertThat(d.reason()).startsWith("555 (unassigned, treated as 500): backing off");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 99, 600, 999})
  void neverRetriesWhatIsNotAStatusCode(int status) {
    RetryDecision d = policy().build().decide(attempt(1, "GET"), status, Headers.empty());

    assertThat(d.retry()).isFalse();
    assertThat(d.reason()).isEqualTo(status + " is not an HTTP status code (RFC 9110 §15)");
  }

  @Test
  void retriesWhatItIsConfiguredFor() {
    RetryPolicy p = policy().retryOn(503, 425).build();

    assertThat(p.retryableStatuses()).containsExactly(425, 503);
    assertThat(p.decide(attempt(1, "GET"), 425, Headers.empty()).retry()).isTrue();
    assertThat(p.decide(attempt(1, "GET"), 500, Headers.empty()).retry()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 422, 501, 507})
  void refusesToConfigureACodeARetryCannotFix(int status) {
    assertThatThrownBy(() -> RetryPolicy.builder().retryOn(status))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            StatusCodes.of(status)
                + " cannot be retried: "
                + StatusCodes.of(status).retry().note());
  }

  @Test
  void refusesNonsenseSettings() {
    assertThatThrownBy(() -> RetryPolicy.builder().retryOn(600))
        .hasMessageContaining("600 is not an HTTP status code");
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .hasMessage("maxAttempts must be at least 1: 0");
    assertThatThrownBy(
            () -> RetryPolicy.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessage("base backoff PT2S is longer than the max backoff PT1S");
    assertThatThrownBy(() -> RetryPolicy.builder().budget(Duration.ZERO))
        .hasMessage("budget must be positive: PT0S");
  }

  // Which methods.

  @ParameterizedTest
  @CsvSource({
    // method, Idempotency-Key, NonIdempotent setting, retried
    "GET,    ,      WITH_IDEMPOTENCY_KEY, true",
    "DELETE, ,      NEVER,                true",
    "POST,   ,      WITH_IDEMPOTENCY_KEY, false",
    "POST,   k-1,   WITH_IDEMPOTENCY_KEY, true",
    "PATCH,  ,      WITH_IDEMPOTENCY_KEY, false",
    "PATCH,  k-1,   WITH_IDEMPOTENCY_KEY, true",
    "POST,   k-1,   NEVER,                false",
    "POST,   ,      ALWAYS,               true",
    "get,    ,      WITH_IDEMPOTENCY_KEY, false",
    "CONNECT,,      WITH_IDEMPOTENCY_KEY, false",
  })
  void repeatsOnlyWhatIsSafeToRepeat(
      String method, String key, RetryPolicy.NonIdempotent setting, boolean retried) {
    RetryPolicy p = policy().nonIdempotent(setting).build();
    String[] headers = key == null ? new String[0] : new String[] {"Idempotency-Key", key};

    RetryDecision d = p.decide(attempt(1, method, headers), 503, Headers.empty());

    assertThat(d.retry()).as(d.reason()).isEqualTo(retried);
  }

  @Test
  void explainsWhyAPostIsNotRepeated() {
    RetryDecision d = policy().build().decide(attempt(1, "POST"), 503, Headers.empty());

    assertThat(d.reason())
        .isEqualTo(
            "503 Service Unavailable, but POST is not idempotent (RFC 9110 §9.2.2) and carries no"
                + " Idempotency-Key: a second try could apply it twice");
  }

  @Test
  void anEmptyIdempotencyKeyIsNoKey() {
    RetryDecision d =
        policy().build().decide(attempt(1, "POST", "Idempotency-Key", ""), 503, Headers.empty());

    assertThat(d.retry()).isFalse();
  }

  // Retry-After.

  @Test
  void waitsTheSecondsRetryAfterAsks() {
    RetryDecision d =
        policy().build().decide(attempt(1, "GET"), 503, Headers.of("Retry-After", "7"));

    assertThat(d.retry()).isTrue();
    assertThat(d.delay()).isEqualTo(Duration.ofSeconds(7));
    assertThat(d.reason())
        .isEqualTo("503 Service Unavailable: waiting 7 s as Retry-After asks, then try 2 of 3");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sun, 01 Jun 2025 12:00:12 GMT", // IMF-fixdate
        "Sunday, 01-Jun-25 12:00:12 GMT", // the obsolete RFC 850 form
        "Sun Jun  1 12:00:12 2025" // asctime
      })
  void waitsUntilTheDateRetryAfterNames(String date) {
    // The fake clock reads 2025-06-01T12:00:00Z, a Sunday. RFC 9110 §5.6.7: recipients accept
    // all three forms of an HTTP-date.
    RetryDecision d =
        policy().build().decide(attempt(1, "GET"), 429, Headers.of("Retry-After", date));

    assertThat(d.delay()).isEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void aDateInThePastMeansNow() {
    RetryDecision d =
        policy()
            .build()
            .decide(
                attempt(1, "GET"), 503, Headers.of("Retry-After", "Sat, 31 May 2025 23:00:00 GMT"));

    assertThat(d.retry()).isTrue();
    assertThat(d.delay()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "-5", "1.5", "5s", "", "Sun, 01 Jun 2025 12:00:12 +0000"})
  void fallsBackToBackoffWhenRetryAfterIsGarbled(String value) {
    RetryDecision d =
        policy().build().decide(attempt(1, "GET"), 503, Headers.of("Retry-After", value));

    assertThat(d.retry()).isTrue();
    // Half of the first window (200 ms), from the fixed random source.
    assertThat(d.delay()).isEqualTo(Duration.ofMillis(100));
    assertThat(d.reason()).contains("backing off 100 ms (Retry-After \"" + value + "\" is neither");
  }

  @Test
  void givesUpRatherThanComeBackEarly() {
    RetryPolicy p = policy().maxRetryAfter(Duration.ofSeconds(30)).build();

    RetryDecision d = p.decide(attempt(1, "GET"), 503, Headers.of("Retry-After", "120"));

    assertThat(d.retry()).isFalse();
    assertThat(d.reason())
        .isEqualTo(
            "503 Service Unavailable asks to wait 120 s (Retry-After), longer than the 30 s this"
                + " policy waits; coming back sooner would ignore the server");
  }

  @Test
  void anAbsurdRetryAfterIsOverTheCapNotAnOverflow() {
    RetryDecision d =
        policy()
            .build()
            .decide(attempt(1, "GET"), 503, Headers.of("Retry-After", "99999999999999999999999"));

    assertThat(d.retry()).isFalse();
    assertThat(d.reason()).contains("longer than the 30 s this policy waits");
  }

  // Attempts and budget.

  @Test
  void stopsOnTheLastAttempt() {
    RetryPolicy p = policy().maxAttempts(3).build();

    assertThat(p.decide(attempt(2, "GET"), 503, Headers.empty()).retry()).isTrue();
    RetryDecision last = p.decide(attempt(3, "GET"), 503, Headers.empty());
    assertThat(last.retry()).isFalse();
    assertThat(last.reason()).isEqualTo("503 Service Unavailable on the last of 3 tries");
  }

  @Test
  void stopsWhenTheWaitWouldPassTheBudget() {
    RetryPolicy p = policy().budget(Duration.ofSeconds(10)).build();
    Attempt late = new Attempt(1, "GET", Headers.empty(), Duration.ofSeconds(9));

    RetryDecision d = p.decide(late, 503, Headers.of("Retry-After", "2"));

    assertThat(d.retry()).isFalse();
    assertThat(d.reason())
        .isEqualTo(
            "503 Service Unavailable: waiting 2 s as Retry-After asks, but that would pass the 10 s"
                + " time budget (9 s spent)");
    assertThat(p.decide(late, 503, Headers.of("Retry-After", "1")).retry()).isTrue();
  }

  // Backoff.

  @Test
  void backoffDoublesUpToItsMaximum() {
    Duration base = Duration.ofMillis(100);
    Duration max = Duration.ofSeconds(1);

    assertThat(List.of(1, 2, 3, 4, 5, 60).stream().map(n -> Backoff.ceiling(base, max, n)))
        .containsExactly(
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofMillis(400),
            Duration.ofMillis(800),
            max,
            max);
  }

  @Test
  void fullJitterSpansTheWholeWindow() {
    Duration base = Duration.ofMillis(100);
    Duration max = Duration.ofSeconds(1);

    assertThat(Backoff.fullJitter(base, max, 3, fixed(0.0))).isZero();
    assertThat(Backoff.fullJitter(base, max, 3, fixed(0.5))).isEqualTo(Duration.ofMillis(200));
    assertThat(Backoff.fullJitter(base, max, 3, fixed(Math.nextDown(1.0))))
        .isEqualTo(Duration.ofMillis(399));
  }

  @Test
  void theDefaultRandomStaysInsideTheWindow() {
    RetryPolicy p =
        RetryPolicy.builder().backoff(Duration.ofSeconds(1), Duration.ofSeconds(4)).build();
    for (int i = 0; i < 200; i++) {
      Duration d = p.decide(attempt(2, "GET"), 502, Headers.empty()).delay();
      assertThat(d).isBetween(Duration.ZERO, Duration.ofMillis(1999));
    }
  }

  @Test
  void describesItsSettings() {
    assertThat(RetryPolicy.defaults().toString())
        .isEqualTo(
            "RetryPolicy[statuses=[408, 429, 500, 502, 503, 504], maxAttempts=3, budget=60 s,"
                + " backoff=200 ms..10 s, maxRetryAfter=30 s, nonIdempotent=WITH_IDEMPOTENCY_KEY]");
  }
}
