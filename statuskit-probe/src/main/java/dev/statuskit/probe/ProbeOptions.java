package dev.statuskit.probe;

import dev.statuskit.exchange.Headers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How politely and how boldly the {@link Prober} works: how many requests at once, how many per
 * second, how long it waits, which headers (credentials) it sends, and whether it may send methods
 * that change state.
 *
 * <pre>{@code
 * ProbeOptions options = ProbeOptions.builder()
 *     .concurrency(2)
 *     .requestsPerSecond(5)
 *     .header("Authorization", "Bearer " + token)
 *     .build();
 * }</pre>
 *
 * @param concurrency requests in flight at most, 1–{@value #MAX_CONCURRENCY}
 * @param requestsPerSecond requests started per second at most, over all threads, up to {@value
 *     #MAX_REQUESTS_PER_SECOND}
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for the response (and between its packets)
 * @param headers sent with every request, e.g. credentials; the no-credentials probe drops those
 *     that carry credentials ({@link Headers#isSecret})
 * @param allowUnsafe whether probes may send POST and PATCH (malformed JSON, a wrong Content-Type,
 *     a method the endpoint does not list); without it only GET, HEAD, OPTIONS and TRACE are sent
 * @throws IllegalArgumentException if a value is out of range or a header is not one that can be
 *     sent; the message says which and why, in one line
 */
public record ProbeOptions(
    int concurrency,
    double requestsPerSecond,
    Duration connectTimeout,
    Duration responseTimeout,
    List<Headers.Field> headers,
    boolean allowUnsafe) {

  /** A bound on threads and connections, so a typo cannot turn an audit into a load test. */
  public static final int MAX_CONCURRENCY = 64;

  public static final double MAX_REQUESTS_PER_SECOND = 10_000;

  public ProbeOptions {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw new IllegalArgumentException(
          "concurrency must be from 1 to " + MAX_CONCURRENCY + ", not " + concurrency);
    }
    if (!(requestsPerSecond > 0) || requestsPerSecond > MAX_REQUESTS_PER_SECOND) {
      throw new IllegalArgumentException(
          "requests per second must be above 0 and at most "
              + (int) MAX_REQUESTS_PER_SECOND
              + ", not "
              + requestsPerSecond);
    }
    requirePositive("connect timeout", connectTimeout);
    requirePositive("response timeout", responseTimeout);
    headers = List.copyOf(headers);
    headers.forEach(ProbeOptions::requireSendable);
  }

  /** The defaults: 4 at once, 10 per second, 5 s to connect, 10 s to answer, safe methods only. */
  public static ProbeOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether any of the headers carries credentials, so the no-credentials probe applies. */
  boolean hasCredentials() {
    return headers.stream().anyMatch(f -> Headers.isSecret(f.name()));
  }

  private static void requirePositive(String what, Duration d) {
    Objects.requireNonNull(d, what);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, not " + d);
    }
  }

  // RFC 9110 §5.1: a field name is a token; §5.5: CR, LF and NUL are never allowed in a value.
  private static void requireSendable(Headers.Field f) {
    if (!Headers.isToken(f.name())) {
      throw new IllegalArgumentException("'" + f.name() + "' is not a valid header name");
    }
    if (f.value().chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
      throw new IllegalArgumentException(
          "header " + f.name() + " has a line break or NUL in its value");
    }
    String name = f.name().toLowerCase(Locale.ROOT);
    if (name.equals("content-length") || name.equals("transfer-encoding")) {
      // The client frames each message itself; a user's value would corrupt the connection.
      throw new IllegalArgumentException(f.name() + " is set by the prober and cannot be given");
    }
  }

  /** Builds options; every setting starts at its default. */
  public static final class Builder {
    private int concurrency = 4;
    private double requestsPerSecond = 10;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration responseTimeout = Duration.ofSeconds(10);
    private final List<Headers.Field> headers = new ArrayList<>();
    private boolean allowUnsafe;

    private Builder() {}

    public Builder concurrency(int concurrency) {
      this.concurrency = concurrency;
      return this;
    }

    public Builder requestsPerSecond(double requestsPerSecond) {
      this.requestsPerSecond = requestsPerSecond;
      return this;
    }

    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = connectTimeout;
      return this;
    }

    public Builder responseTimeout(Duration responseTimeout) {
      this.responseTimeout = responseTimeout;
      return this;
    }

    /** Adds a header sent with every request (repeat for more). */
    public Builder header(String name, String value) {
      headers.add(new Headers.Field(name, value));
      return this;
    }

    /** Replaces the headers sent with every request. */
    public Builder headers(List<Headers.Field> headers) {
      this.headers.clear();
      this.headers.addAll(headers);
      return this;
    }

    public Builder allowUnsafe(boolean allowUnsafe) {
      this.allowUnsafe = allowUnsafe;
      return this;
    }

    /**
     * @throws IllegalArgumentException if a setting is out of range (see {@link ProbeOptions})
     */
    public ProbeOptions build() {
      return new ProbeOptions(
          concurrency, requestsPerSecond, connectTimeout, responseTimeout, headers, allowUnsafe);
    }
  }
}
