package dev.statuskit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Headers;
import dev.statuskit.exchange.RawExchange;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue's examples say what each rule does; here each is run through its rule. */
class RuleExamplesTest {

  record Case(Rule rule, Example example) {
    @Override
    public String toString() {
      return rule.id() + (example.flagged() ? " flags: " : " passes: ") + example.caption();
    }
  }

  static Stream<Case> examples() {
    return Rules.catalogue().rules().stream()
        .flatMap(r -> r.examples().stream().map(e -> new Case(r, e)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exampleDoesWhatItSays(Case c) {
    Exchange exchange = RawExchange.parse(c.example().text());
    Verdict v = new RuleSet(List.of(c.rule()), RuleConfig.none()).check(exchange);

    assertThat(v.skipped()).as("%s has the parts the rule needs", c).isEmpty();
    if (c.example().flagged()) {
      assertThat(v.findings()).as("%s", c).isNotEmpty();
      assertThat(v.findings()).allSatisfy(f -> assertThat(f.rule()).isEqualTo(c.rule()));
    } else {
      assertThat(v.findings()).as("%s", c).isEmpty();
    }
  }

  @Test
  void everyRuleHasAFlaggedAndAPassingExample() {
    assertThat(Rules.catalogue().rules())
        .allSatisfy(
            r -> {
              assertThat(r.examples()).as(r.id()).anyMatch(Example::flagged);
              assertThat(r.examples()).as(r.id()).anyMatch(e -> !e.flagged());
            });
  }

  @Test
  void credentialsInExamplesAreObviouslyFake() {
    assertThat(examples())
        .allSatisfy(
            c ->
                RawExchange.parse(c.example().text())
                    .request()
                    .headers()
                    .orElseThrow()
                    .fields()
                    .stream()
                    .filter(f -> Headers.isSecret(f.name()))
                    .forEach(f -> assertThat(f.value()).as("%s", c).contains("example")));
  }
}
