package dev.statuskit.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.input.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlertsTest {
  @TempDir static Path dir;

  /**
   * 1,000 requests: 900 200s at 10 ms on /users/{id}, 50 404s at 5 ms on /users/{id}, 30 429s at 1
   * ms on /search, 20 503s at 1000 ms on /checkout. So: rate(5xx) = 2%, rate(4xx) = 8%, success =
   * 90%, p50 = 10 ms, max = 1 s.
   */
  static StatsReport report;

  @BeforeAll
  static void makeReport() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      lines.add(Logs.combined("10.0.0.1", i % 10, 0, "GET", "/users/" + i, 200, 10));
    }
    for (int i = 0; i < 50; i++) {
      lines.add(Logs.combined("10.0.0.1", 0, 1, "GET", "/users/" + i, 404, 5));
    }
    for (int i = 0; i < 30; i++) {
      lines.add(Logs.combined("10.0.0.9", 0, 2, "GET", "/search", 429, 1));
    }
    for (int i = 0; i < 20; i++) {
      lines.add(Logs.combined("10.0.0.1", 0, 3, "POST", "/checkout", 503, 1000));
    }
    report = Logs.run(Stats.builder().build(), Logs.write(dir, "a.log", lines));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rate(5xx) > 1%                 | true",
        "rate(5xx) > 2%                 | false",
        "rate(5xx) >= 2%                | true",
        "rate(5xx) == 2%                | true",
        "rate(5xx) < 2.5%               | true",
        "rate(5xx) <= 1.99%             | false",
        "rate(503) >= 0.5%              | true",
        "rate(4XX) > 7.9%               | true",
        "rate(5xx, /checkout) > 99%     | true",
        "rate(5xx, /users/{id}) > 0%    | false",
        "rate(404, /users/7) == 5.2632% | false",
        "count(429) > 29                | true",
        "count(429) > 30                | false",
        "count(4xx) >= 80               | true",
        "count(4xx, /search) == 30      | true",
        "count(200) < 900               | false",
        "success < 99.5%                | true",
        "success < 90%                  | false",
        "success(/users/{id}) < 95%     | true",
        "requests < 1000                | false",
        "requests(/checkout) == 20      | true",
        "p50 > 9ms                      | true",
        "p50 > 11ms                     | false",
        "p99 > 800ms                    | true",
        "p99 > 1.1s                     | false",
        "max >= 1s                      | true",
        "mean < 50ms                    | true",
        "p95(/users/{id}) > 300ms       | false",
        "p95(/users/42) < 11ms          | true",
        "p99(503) > 900ms               | true",
        "p90(5xx) > 2s                  | false",
        "p999(200) <= 10.1ms            | true",
        "  rate( 5xx , /checkout )>1%   | true",
      })
  void evaluatesConditions(String expression, boolean breached) {
    AlertResult result = Alerts.evaluate(Alerts.parse(expression), report).get(0);

    assertThat(result.breached()).as(result.message()).isEqualTo(breached);
    assertThat(result.value()).isPresent();
  }

  @Test
  void describesTheMeasuredValue() {
    AlertResult result = Alerts.evaluate(Alerts.parse("rate(5xx) > 1%"), report).get(0);

    assertThat(result.message()).isEqualTo("rate(5xx) = 2% (alert when > 1%)");
    assertThat(result.alert().threshold()).isEqualTo(0.01);
    assertThat(result.value().getAsDouble()).isEqualTo(0.02);
  }

  @Test
  void doesNotFireWithoutData() {
    AlertResult result = Alerts.evaluate(Alerts.parse("rate(5xx, /nowhere) > 1%"), report).get(0);

    assertThat(result.breached()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(result.message()).contains("no requests to /nowhere");
  }

  @Test
  void saysWhenTheLogsHaveNoRequestTimes() {
    Path common =
        Logs.write(
            dir,
            "common.log",
            "10.0.0.1 - - [14/May/2024:10:00:00 +0000] \"GET / HTTP/1.1\" 200 12\n");
    StatsReport noTimes = Logs.run(Stats.builder().build(), common);

    AlertResult result = Alerts.evaluate(Alerts.parse("p99 > 800ms"), noTimes).get(0);

    assertThat(result.breached()).isFalse();
    assertThat(result.message()).contains("the logs record no request times");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "rate(5xx) >> 1%     | unexpected '>' at column 12: expected a number",
        "rate(5xx) > 1       | expected '%' at column 14: a rate is a percentage, e.g. 1%",
        "rate(5xx) > 1ms     | unexpected 'ms' at column 14: a rate is a percentage, e.g. 1%",
        "rate(5xx) > 101%    | a percentage above 100% at column 16",
        "rate 5xx > 1%       | expected '(' at column 6: rate needs a status: rate(5xx) or rate(503)",
        "rate(5xy) > 1%      | '5xy' is not a status code or class at column 6: e.g. 503 or 5xx",
        "rate(5xx > 1%       | unexpected '>' at column 10: expected ')'",
        "rate(5xx, users) > 1% | expected an endpoint path starting with '/' at column 11",
        "rate(/a) > 1%       | expected a status code or class at column 6: e.g. rate(5xx, /path)",
        "p99 > 800           | expected a unit at column 10: a latency is in ms or s, e.g. 800ms",
        "p99 > 800 ms        | expected a unit at column 10: a latency is in ms or s, e.g. 800ms",
        "p99 > 800%          | unexpected '%' at column 10: a latency is in ms or s, e.g. 800ms",
        "p98 > 800ms         | unknown measure 'p98' at column 1",
        "count(429) > 100%   | unexpected '%' at column 17: a count has no unit",
        "count(429) = 100    | unexpected '=' at column 12: compare with ==, >, >=, < or <=",
        "count(429) 100      | unexpected '1' at column 12: expected an operator (>, >=, <, <=, ==)",
        "count(429) >        | unexpected end at column 13: expected a number",
        "success(5xx) < 1%   | expected an endpoint path starting with '/' at column 9",
        "p99 > 1ms and more  | unexpected 'a' at column 11: expected the end",
        "                    | expected a measure at column 1",
      })
  void pointsAtTheColumnOfAnError(String expression, String message) {
    String text = expression == null ? "" : expression;
    assertThatThrownBy(() -> Alerts.parse(text))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(message)
        .extracting(e -> ((InputException) e).where())
        .isEqualTo("--fail-if '" + text + "'");
  }

  @Test
  void parsesEachOperatorAndUnit() {
    List<Alert> alerts =
        Alerts.parse(
            "p99 > 0.8s",
            "p50 >= 20ms",
            "rate(5xx) < 0.5%",
            "count(4xx) <= 10",
            "success == 99.5%");

    assertThat(alerts)
        .extracting(Alert::operator)
        .containsExactly(
            Alert.Operator.GT,
            Alert.Operator.GE,
            Alert.Operator.LT,
            Alert.Operator.LE,
            Alert.Operator.EQ);
    assertThat(alerts)
        .extracting(Alert::threshold)
        .containsExactly(800.0, 20.0, 0.005, 10.0, 0.995);
  }
}
