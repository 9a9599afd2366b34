package dev.statuskit.stats;

import dev.statuskit.input.InputException;
import dev.statuskit.registry.StatusClass;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses one alert expression:
 *
 * <pre>
 * alert    = measure operator number [unit]
 * measure  = ("rate" | "count") "(" status ["," endpoint] ")"
 *          | ("success" | "requests") ["(" endpoint ")"]
 *          | latency ["(" (status | endpoint) ")"]
 * latency  = "p50" | "p90" | "p95" | "p99" | "p999" | "max" | "mean"
 * status   = a code ("503") or a class ("5xx")
 * endpoint = a path starting with "/" ("/users/{id}"; "/users/42" is templated the same way)
 * operator = ">" | ">=" | "<" | "<=" | "=="
 * unit     = "%" for rate and success, "ms" or "s" for latencies, none for counts
 * </pre>
 *
 * Errors name the 1-based column of the offending character.
 */
final class AlertParser {
  private final String text;
  private final String where;
  private int i;

  AlertParser(String text) {
    this.text = text;
    this.where = "--fail-if '" + text + "'";
  }

  Alert parse() {
    skipSpaces();
    int measureAt = i;
    String word = word();
    Alert.Measure measure =
        Arrays.stream(Alert.Measure.values())
            .filter(m -> m.word().equals(word.toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElseThrow(
                () ->
                    error(
                        measureAt,
                        word.isEmpty() ? "expected a measure" : "unknown measure '" + word + "'",
                        "use one of "
                            + Arrays.stream(Alert.Measure.values())
                                .map(Alert.Measure::word)
                                .collect(Collectors.joining(", "))));
    Optional<String> status = Optional.empty();
    Optional<String> endpoint = Optional.empty();
    skipSpaces();
    boolean needsStatus = measure == Alert.Measure.RATE || measure == Alert.Measure.COUNT;
    if (peek() == '(') {
      i++;
      skipSpaces();
      if (peek() == '/') {
        if (needsStatus) {
          throw error(i, "expected a status code or class", "e.g. " + word + "(5xx, /path)");
        }
        endpoint = Optional.of(endpoint());
      } else {
        if (!needsStatus && !measure.isLatency()) {
          throw error(i, "expected an endpoint path starting with '/'", null);
        }
        status = Optional.of(status());
        skipSpaces();
        if (needsStatus && peek() == ',') {
          i++;
          skipSpaces();
          if (peek() != '/') {
            throw error(i, "expected an endpoint path starting with '/'", null);
          }
          endpoint = Optional.of(endpoint());
        }
      }
      skipSpaces();
      expect(')');
    } else if (needsStatus) {
      throw error(
          i, "expected '('", word + " needs a status: " + word + "(5xx) or " + word + "(503)");
    }
    skipSpaces();
    Alert.Operator operator = operator();
    skipSpaces();
    double number = number();
    int unitAt = i;
    String unit = unit();
    double threshold = threshold(measure, number, unit, unitAt);
    skipSpaces();
    if (i < text.length()) {
      throw unexpected("expected the end");
    }
    return new Alert(text, measure, status, endpoint, operator, threshold);
  }

  private double threshold(Alert.Measure m, double number, String unit, int unitAt) {
    if (m.isRate()) {
      if (!unit.equals("%")) {
        throw error(
            unitAt,
            unit.isEmpty() ? "expected '%'" : "unexpected '" + unit + "'",
            "a " + m.word() + " is a percentage, e.g. 1%");
      }
      if (number > 100) {
        throw error(unitAt, "a percentage above 100%", null);
      }
      return number / 100;
    }
    if (m.isLatency()) {
      return switch (unit) {
        case "ms" -> number;
        case "s" -> number * 1000;
        default ->
            throw error(
                unitAt,
                unit.isEmpty() ? "expected a unit" : "unexpected '" + unit + "'",
                "a latency is in ms or s, e.g. 800ms");
      };
    }
    if (!unit.isEmpty()) {
      throw error(unitAt, "unexpected '" + unit + "'", "a " + m.word() + " has no unit");
    }
    return number;
  }

  private Alert.Operator operator() {
    char c = peek();
    char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
    Alert.Operator op;
    if (c == '>' || c == '<') {
      boolean eq = next == '=';
      op =
          c == '>'
              ? (eq ? Alert.Operator.GE : Alert.Operator.GT)
              : (eq ? Alert.Operator.LE : Alert.Operator.LT);
      i += eq ? 2 : 1;
    } else if (c == '=' && next == '=') {
      op = Alert.Operator.EQ;
      i += 2;
    } else if (c == '=') {
      throw error(i, "unexpected '='", "compare with ==, >, >=, < or <=");
    } else {
      throw unexpected("expected an operator (>, >=, <, <=, ==)");
    }
    return op;
  }

  private double number() {
    int start = i;
    while (i < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
      i++;
    }
    if (start == i) {
      throw unexpected("expected a number");
    }
    try {
      return Double.parseDouble(text.substring(start, i));
    } catch (NumberFormatException e) {
      throw error(start, "'" + text.substring(start, i) + "' is not a number", null);
    }
  }

  private String unit() {
    if (peek() == '%') {
      i++;
      return "%";
    }
    return word();
  }

  private String status() {
    int start = i;
    String s = word();
    if (s.matches("[1-5][0-9][0-9]") || statusClass(s).isPresent()) {
      return s.toLowerCase(Locale.ROOT);
    }
    if (s.isEmpty()) {
      throw unexpected("expected a status code (503) or class (5xx)");
    }
    throw error(start, "'" + s + "' is not a status code or class", "e.g. 503 or 5xx");
  }

  /** "5xx" (any case) as a class. */
  static Optional<StatusClass> statusClass(String s) {
    return s.length() == 3 && s.substring(1).equalsIgnoreCase("xx")
        ? StatusClass.parse(s)
        : Optional.empty();
  }

  /** A path up to the closing parenthesis, templated as logs are. */
  private String endpoint() {
    int start = i;
    int depth = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0 && (c == ')' || c == ' ')) {
        break;
      }
      i++;
    }
    String raw = text.substring(start, i);
    return raw.contains("{") ? raw : EndpointTemplate.of(raw);
  }

  private String word() {
    int start = i;
    while (i < text.length() && Character.isLetterOrDigit(peek())) {
      i++;
    }
    return text.substring(start, i);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw unexpected("expected '" + c + "'");
    }
    i++;
  }

  private char peek() {
    return i < text.length() ? text.charAt(i) : 0;
  }

  private void skipSpaces() {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
  }

  private InputException unexpected(String expected) {
    return error(
        i, i < text.length() ? "unexpected '" + text.charAt(i) + "'" : "unexpected end", expected);
  }

  private InputException error(int at, String what, String hint) {
    return new InputException(
        where, what + " at column " + (at + 1) + (hint == null ? "" : ": " + hint));
  }
}
