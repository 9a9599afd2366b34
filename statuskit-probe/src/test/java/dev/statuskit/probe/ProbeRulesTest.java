package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.RawExchange;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Example;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProbeRulesTest {

  @Test
  void areTheSk4xxProbeRules() {
    assertThat(ProbeRules.all())
        .extracting(Rule::id)
        .containsExactly("SK401", "SK402", "SK403", "SK404", "SK405", "SK406", "SK407", "SK408");
    assertThat(ProbeRules.all())
        .allSatisfy(
            r -> {
              assertThat(r.category()).isEqualTo(Category.PROBE);
              assertThat(r.link()).startsWith("https://www.rfc-editor.org/rfc/rfc9110#section-");
              assertThat(r.rationale()).contains("probe").contains("single recorded exchange");
              assertThat(r.fix()).isNotBlank();
            });
  }

  @Test
  void judgeNothingOnASingleExchange() {
    RuleSet rules = Rules.catalogue().plus(ProbeRules.all());
    Exchange anything = Exchange.builder().status(500).body("boom").build();

    assertThat(rules.check(anything).findings())
        .noneMatch(f -> f.rule().category() == Category.PROBE);
    assertThat(rules.find("SK401")).isPresent();
  }

  // ---- the examples shown by explain and the web UI ------------------------------------------

  /**
   * The plain GET every example's probe varies, as its captions describe it: /users/42 with a
   * bearer token, answered 200 with an ETag.
   */
  private static final Exchange BASELINE =
      RawExchange.parse(
          """
          GET /users/42 HTTP/1.1
          Authorization: Bearer example-token

          HTTP/1.1 200 OK
          ETag: "v7"
          Content-Type: application/json

          {"id": 42, "name": "Ada"}
          """);

  /** How the prober judges each probe: the pure expectation it applies to the probe's answer. */
  private static final Map<String, BiFunction<Exchange, Exchange, Optional<Flag>>> JUDGES =
      Map.of(
          "SK401", (b, p) -> Expectations.noCredentials(b, p, List.of("Authorization")),
          "SK402", (b, p) -> Expectations.wrongMethod(b, p, Optional.empty()),
          "SK403", (b, p) -> Expectations.unknownId(p),
          "SK404", (b, p) -> Expectations.conditional(b, p, "ETag"),
          "SK405", Expectations::head,
          "SK406", Expectations::options,
          "SK407", (b, p) -> Expectations.malformedJson(p),
          "SK408", (b, p) -> Expectations.wrongContentType(p));

  record ExampleCase(Rule rule, Example example) {
    @Override
    public String toString() {
      return rule.id() + (example.flagged() ? " flags: " : " passes: ") + example.caption();
    }
  }

  static Stream<ExampleCase> examples() {
    return ProbeRules.all().stream()
        .flatMap(r -> r.examples().stream().map(e -> new ExampleCase(r, e)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleIsJudgedAsItSays(ExampleCase c) {
    Exchange probe = RawExchange.parse(c.example().text());
    Optional<Flag> flag = JUDGES.get(c.rule().id()).apply(BASELINE, probe);

    if (c.example().flagged()) {
      assertThat(flag).as("%s", c).isPresent();
      assertThat(flag.get().rule()).isEqualTo(c.rule());
    } else {
      assertThat(flag).as("%s", c).isEmpty();
    }
  }

  @Test
  void everyProbeRuleHasAJudgedFlaggedAndPassingExample() {
    assertThat(JUDGES.keySet())
        .containsExactlyInAnyOrderElementsOf(ProbeRules.all().stream().map(Rule::id).toList());
    assertThat(ProbeRules.all())
        .allSatisfy(
            r -> {
              assertThat(r.examples()).as(r.id()).anyMatch(Example::flagged);
              assertThat(r.examples()).as(r.id()).anyMatch(e -> !e.flagged());
            });
  }
}
