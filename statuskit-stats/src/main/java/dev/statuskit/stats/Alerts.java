package dev.statuskit.stats;

import dev.statuskit.input.InputException;
import dev.statuskit.registry.StatusClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Alert conditions over a {@link StatsReport}, for CI and cron: {@code rate(5xx) > 1%}, {@code p99
 * > 800ms}, {@code count(429) > 100}, {@code p95(/users/{id}) > 300ms}, {@code rate(5xx, /checkout)
 * > 2%}, {@code success < 99.5%}. The language is documented in the module's README.
 *
 * <pre>{@code
 * List<Alert> alerts = Alerts.parse("rate(5xx) > 1%", "p99 > 800ms");
 * boolean failed = Alerts.evaluate(alerts, report).stream().anyMatch(AlertResult::breached);
 * }</pre>
 */
public final class Alerts {
  private Alerts() {}

  /**
   * Parses conditions.
   *
   * @throws InputException for the first malformed one, where {@code --fail-if 'EXPR'} and the
   *     message names the column: {@code unexpected '>' at column 12: expected a number}
   */
  public static List<Alert> parse(String... expressions) {
    List<Alert> alerts = new ArrayList<>();
    for (String e : expressions) {
      alerts.add(new AlertParser(e).parse());
    }
    return alerts;
  }

  /**
   * Evaluates each alert. One with no data (an endpoint the logs do not have, request times the
   * format does not record) is not breached; its message says why.
   */
  public static List<AlertResult> evaluate(List<Alert> alerts, StatsReport report) {
    return alerts.stream().map(a -> evaluate(a, report)).toList();
  }

  private static AlertResult evaluate(Alert alert, StatsReport report) {
    Measured m = measure(alert, report);
    if (m.value.isEmpty()) {
      return new AlertResult(alert, false, m.value, alert.expression() + ": " + m.why);
    }
    double v = m.value.getAsDouble();
    boolean breached = alert.operator().test(v, alert.threshold());
    String message =
        String.format(
            "%s = %s (alert when %s %s)",
            lhs(alert.expression()),
            format(alert.measure(), v),
            alert.operator().symbol(),
            format(alert.measure(), alert.threshold()));
    return new AlertResult(alert, breached, m.value, message);
  }

  private record Measured(OptionalDouble value, String why) {
    static Measured of(double v) {
      return new Measured(OptionalDouble.of(v), "");
    }

    static Measured none(String why) {
      return new Measured(OptionalDouble.empty(), why);
    }
  }

  private static Measured measure(Alert a, StatsReport r) {
    Optional<StatsReport.EndpointCount> endpoint = Optional.empty();
    if (a.endpoint().isPresent()) {
      endpoint = r.endpoint(a.endpoint().get());
      if (endpoint.isEmpty()) {
        return Measured.none("no requests to " + a.endpoint().get() + " in the logs");
      }
    }
    long requests = endpoint.map(StatsReport.EndpointCount::requests).orElse(r.requests());
    Alert.Measure m = a.measure();
    if (m == Alert.Measure.REQUESTS) {
      return Measured.of(requests);
    }
    if (m == Alert.Measure.COUNT || m == Alert.Measure.RATE || m == Alert.Measure.SUCCESS) {
      long count = count(a, r, endpoint);
      if (m == Alert.Measure.COUNT) {
        return Measured.of(count);
      }
      if (requests == 0) {
        return Measured.none("no requests in the logs");
      }
      return Measured.of((double) count / requests);
    }
    Optional<StatsReport.Latency> latency = latency(a, r, endpoint);
    if (latency.isEmpty()) {
      return Measured.none(
          r.hasLatency()
              ? "no request times for " + a.status().orElse("these requests")
              : "the logs record no request times");
    }
    StatsReport.Latency l = latency.get();
    return Measured.of(
        switch (m) {
          case P50 -> l.p50();
          case P90 -> l.p90();
          case P95 -> l.p95();
          case P99 -> l.p99();
          case P999 -> l.p999();
          case MAX -> l.max();
          default -> l.mean();
        });
  }

  private static long count(Alert a, StatsReport r, Optional<StatsReport.EndpointCount> endpoint) {
    if (a.measure() == Alert.Measure.SUCCESS) {
      long errors =
          endpoint
              .map(e -> e.count(StatusClass.CLIENT_ERROR) + e.count(StatusClass.SERVER_ERROR))
              .orElse(r.count(StatusClass.CLIENT_ERROR) + r.count(StatusClass.SERVER_ERROR));
      return endpoint.map(StatsReport.EndpointCount::requests).orElse(r.requests()) - errors;
    }
    String status = a.status().orElseThrow();
    Optional<StatusClass> statusClass = AlertParser.statusClass(status);
    if (statusClass.isPresent()) {
      return endpoint.map(e -> e.count(statusClass.get())).orElse(r.count(statusClass.get()));
    }
    int code = Integer.parseInt(status);
    return endpoint.map(e -> e.count(code)).orElse(r.count(code));
  }

  private static Optional<StatsReport.Latency> latency(
      Alert a, StatsReport r, Optional<StatsReport.EndpointCount> endpoint) {
    if (endpoint.isPresent()) {
      return endpoint.get().latency();
    }
    if (a.status().isEmpty()) {
      return r.latency();
    }
    String status = a.status().get();
    Optional<StatusClass> statusClass = AlertParser.statusClass(status);
    if (statusClass.isPresent()) {
      return r.classCount(statusClass.get()).flatMap(StatsReport.ClassCount::latency);
    }
    return r.code(Integer.parseInt(status)).flatMap(StatsReport.CodeCount::latency);
  }

  /** The measure side of an expression: "rate(5xx)" of "rate(5xx) > 1%". */
  private static String lhs(String expression) {
    int op = -1;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (c == '>' || c == '<' || c == '=') {
        op = i;
        break;
      }
    }
    return (op < 0 ? expression : expression.substring(0, op)).strip();
  }

  static String format(Alert.Measure m, double v) {
    if (m.isRate()) {
      return trim(String.format(Locale.ROOT, "%.3f", v * 100)) + "%";
    }
    if (m.isLatency()) {
      return trim(String.format(Locale.ROOT, "%.1f", v)) + "ms";
    }
    return trim(String.format(Locale.ROOT, "%.0f", v));
  }

  private static String trim(String number) {
    if (!number.contains(".")) {
      return number;
    }
    String t = number.replaceAll("0+$", "");
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }
}
