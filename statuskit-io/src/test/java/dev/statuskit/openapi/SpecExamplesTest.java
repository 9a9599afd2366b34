package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.RawExchange;
import dev.statuskit.rules.Example;
import dev.statuskit.rules.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of the spec rules (SK5xx: an OpenAPI document, linted) and of the conformance rules
 * (SK52x: a document, then the request statuskit plans from it and the answer), each run through
 * its rule as explain and the web UI say it would be.
 */
class SpecExamplesTest {

  record Case(Rule rule, Example example) {
    @Override
    public String toString() {
      return rule.id() + (example.flagged() ? " flags: " : " passes: ") + example.caption();
    }
  }

  static Stream<Case> specExamples() {
    return OpenApiLint.rules().stream()
        .flatMap(r -> r.examples().stream().map(e -> new Case(r, e)));
  }

  static Stream<Case> conformanceExamples() {
    return OpenApiConformance.rules().stream()
        .flatMap(r -> r.examples().stream().map(e -> new Case(r, e)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specExamples")
  void specExampleIsLintedAsItSays(Case c) {
    Path file = Specs.write(c.example().text(), ".yaml");
    try {
      List<String> found =
          OpenApiLint.lint(file).findings().stream().map(f -> f.rule().id()).toList();
      if (c.example().flagged()) {
        assertThat(found).as("%s", c).contains(c.rule().id());
      } else {
        assertThat(found).as("%s", c).doesNotContain(c.rule().id());
      }
    } finally {
      Specs.delete(file);
    }
  }

  /** Where the exchange starts, after the spec: the first request line. */
  private static final Pattern REQUEST_LINE =
      Pattern.compile("(?m)^[A-Z]+ \\S+ HTTP/\\d(?:\\.\\d)?$");

  @ParameterizedTest(name = "{0}")
  @MethodSource("conformanceExamples")
  void conformanceExampleIsJudgedAsItSays(Case c) {
    String text = c.example().text();
    var start = REQUEST_LINE.matcher(text);
    assertThat(start.find()).as("%s shows a request after the spec", c).isTrue();
    Exchange exchange = RawExchange.parse(text.substring(start.start()));
    Path file = Specs.write(text.substring(0, start.start()), ".yaml");
    try {
      PlannedRequest planned = plannedFor(OpenApiConformance.plan(file, true), exchange);
      List<String> found =
          OpenApiConformance.check(planned, exchange).stream().map(m -> m.rule().id()).toList();
      if (c.example().flagged()) {
        assertThat(found).as("%s", c).contains(c.rule().id());
      } else {
        assertThat(found).as("%s", c).doesNotContain(c.rule().id());
      }
    } finally {
      Specs.delete(file);
    }
  }

  /**
   * The one planned request the example's exchange is the answer to: same method and target, and,
   * where the plan has the request both with and without credentials, the one that matches.
   */
  private static PlannedRequest plannedFor(ConformancePlan plan, Exchange exchange) {
    List<PlannedRequest> same =
        plan.requests().stream()
            .filter(p -> p.method().equals(exchange.request().method()))
            .filter(p -> p.target().equals(exchange.request().target()))
            .toList();
    boolean credentials = exchange.request().header("Authorization").isPresent();
    if (same.size() > 1) {
      same = same.stream().filter(p -> p.withCredentials() == credentials).toList();
    }
    assertThat(same)
        .as("planned %s", plan.requests().stream().map(p -> p.method() + " " + p.target()).toList())
        .hasSize(1);
    return same.get(0);
  }

  @Test
  void everySpecAndConformanceRuleHasAFlaggedAndAPassingExample() {
    assertThat(Stream.concat(OpenApiLint.rules().stream(), OpenApiConformance.rules().stream()))
        .hasSize(25)
        .allSatisfy(
            r -> {
              assertThat(r.examples()).as(r.id()).anyMatch(Example::flagged);
              assertThat(r.examples()).as(r.id()).anyMatch(e -> !e.flagged());
            });
  }
}
