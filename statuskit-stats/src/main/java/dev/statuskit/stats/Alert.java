package dev.statuskit.stats;

import java.util.Optional;

/**
 * A parsed alert condition, such as {@code rate(5xx) > 1%}: see {@link Alerts} and the module's
 * README for the language.
 *
 * @param expression the condition as the user wrote it
 * @param measure what is measured
 * @param status the status code ("503") or class ("5xx") of a rate, a count or a latency
 * @param endpoint the endpoint template the measure is limited to ("/users/{id}")
 * @param operator how the measure is compared
 * @param threshold the value compared against: a fraction for rates (0.01 for 1%), milliseconds for
 *     latencies, a number for counts
 */
public record Alert(
    String expression,
    Measure measure,
    Optional<String> status,
    Optional<String> endpoint,
    Operator operator,
    double threshold) {

  /** What an alert measures. */
  public enum Measure {
    /** Share of requests with a status or class: {@code rate(5xx)}. */
    RATE("rate"),
    /** Number of requests with a status or class: {@code count(429)}. */
    COUNT("count"),
    /** Share of requests answered 1xx–3xx: {@code success}. */
    SUCCESS("success"),
    /** Number of requests: {@code requests}. */
    REQUESTS("requests"),
    P50("p50"),
    P90("p90"),
    P95("p95"),
    P99("p99"),
    P999("p999"),
    MAX("max"),
    MEAN("mean");

    private final String word;

    Measure(String word) {
      this.word = word;
    }

    /** The word in the expression language. */
    public String word() {
      return word;
    }

    /** Whether the measure is a request time (milliseconds). */
    public boolean isLatency() {
      return ordinal() >= P50.ordinal();
    }

    /** Whether the measure is a share (written with %). */
    public boolean isRate() {
      return this == RATE || this == SUCCESS;
    }
  }

  /** A comparison. */
  public enum Operator {
    GT(">"),
    GE(">="),
    LT("<"),
    LE("<="),
    EQ("==");

    private final String symbol;

    Operator(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }

    /** Whether {@code value OP threshold} holds. */
    public boolean test(double value, double threshold) {
      return switch (this) {
        case GT -> value > threshold;
        case GE -> value >= threshold;
        case LT -> value < threshold;
        case LE -> value <= threshold;
        case EQ -> Math.abs(value - threshold) <= 1e-9 * Math.max(1, Math.abs(threshold));
      };
    }
  }
}
