package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import org.junit.jupiter.api.Test;

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
}
