package dev.statuskit.test;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.Response;
import dev.statuskit.registry.HeaderRequirement;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.Strength;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text of failures: what was expected, what came, and what the registry says about it. Every
 * value the API sent is flattened to one line first, and credentials are shown redacted.
 */
final class FailureText {
  private FailureText() {}

  private static final String INDENT = "  ";
  private static final int BODY_PREVIEW = 200;
  private static final int MAX_LABEL = 16;

  /** "POST /orders -> 201 Created", or "201 Created" when only the response is known. */
  static String exchangeLine(Exchange e) {
    String response = clean(e.response().toString());
    if (e.request().target().isEmpty()) {
      return response;
    }
    return clean(e.request().method() + " " + e.request().shownTarget()) + " -> " + response;
  }

  /** "201 Created: The request succeeded and created one or more new resources." */
  static String meaning(StatusCode code) {
    return INDENT + code + ": " + sentence(code.summary());
  }

  /** The exchange and the start of its body, as context under a failure. */
  static List<String> context(Exchange e) {
    List<String> lines = new ArrayList<>();
    lines.add(INDENT + "exchange: " + exchangeLine(e));
    e.response()
        .body()
        .filter(b -> !b.isEmpty())
        .ifPresent(b -> lines.add(INDENT + "body:     " + clean(b.preview(BODY_PREVIEW))));
    return lines;
  }

  /** The names of the response's header fields, for a failure about a missing one. */
  static String headerNames(Response r) {
    return r.headers()
        .map(
            h ->
                h.isEmpty()
                    ? "(none)"
                    : h.fields().stream()
                        .map(f -> clean(f.name()))
                        .distinct()
                        .collect(Collectors.joining(", ")))
        .orElse("(not recorded)");
  }

  /** What the registry asks of this header on this status, when it asks anything. */
  static List<String> requirement(StatusCode code, String header) {
    return code.header(header)
        .map(
            (HeaderRequirement h) ->
                List.of(
                    INDENT
                        + h.name()
                        + " on "
                        + code
                        + " ("
                        + strength(h.strength())
                        + ", "
                        + h.source()
                        + "): "
                        + sentence(h.note())))
        .orElse(List.of());
  }

  private static String strength(Strength s) {
    return s == Strength.PRACTICE ? "common practice" : s.name();
  }

  /**
   * Findings of one exchange, each with its rule, evidence, fix and link; findings the threshold
   * lets pass are listed in one line after them.
   */
  static List<String> findings(List<Finding> failing, List<Finding> tolerated) {
    List<String> lines = new ArrayList<>();
    for (Finding f : failing) {
      lines.add("");
      lines.addAll(finding(f));
    }
    if (!tolerated.isEmpty()) {
      lines.add("");
      lines.add(
          "Below the threshold: "
              + tolerated.stream()
                  .map(
                      f ->
                          f.rule().id()
                              + " "
                              + f.severity().label()
                              + " ("
                              + f.rule().title()
                              + ")")
                  .collect(Collectors.joining(", "))
              + ".");
    }
    return lines;
  }

  static List<String> finding(Finding f) {
    List<String> lines = new ArrayList<>();
    String severity = f.severity().label();
    lines.add(
        f.rule().id() + "  " + severity + " ".repeat(9 - severity.length()) + f.rule().title());
    lines.add(INDENT + clean(f.message()));
    int width =
        Math.min(
            MAX_LABEL,
            f.evidence().stream().mapToInt(e -> clean(e.label()).length()).max().orElse(0));
    for (Evidence e : f.evidence()) {
      lines.add(INDENT + pad(clean(e.label()), width) + "  " + clean(e.value()));
    }
    lines.add(INDENT + "Fix: " + clean(f.fix()));
    lines.add(INDENT + "See: " + f.rule().link());
    return lines;
  }

  /** "2 findings at warning or above". */
  static String count(int findings, Severity threshold) {
    return findings
        + (findings == 1 ? " finding" : " findings")
        + (threshold == Severity.INFO ? "" : " at " + threshold.label() + " or above");
  }

  /** "SK101 ×2, SK301", most frequent first, then by id. */
  static String ruleTally(Map<String, Integer> byRule) {
    return byRule.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  static String quote(String name, String value) {
    return "\"" + clean(Headers.shown(name, value)) + "\"";
  }

  static String join(List<String> lines) {
    return String.join("\n", lines);
  }

  /** One line without control characters: what an API sent must not reshape the message. */
  static String clean(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "?");
  }

  private static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") ? t : t + ".";
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
