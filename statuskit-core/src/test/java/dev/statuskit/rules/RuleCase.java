package dev.statuskit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import java.util.List;

/**
 * One row of a rule's table test: an exchange and whether the rule must flag it, pass it, or skip
 * it for lack of a part.
 *
 * <pre>{@code
 * static Stream<RuleCase> sk101() {
 *   return Stream.of(
 *       RuleCase.flags("201 without Location", ex().status(201)),
 *       RuleCase.passes("201 with Location", ex().status(201).header("Location", "/o/1")));
 * }
 * }</pre>
 */
record RuleCase(String name, Exchange.Builder exchange, Expect expect) {

  enum Expect {
    FLAGS,
    PASSES,
    SKIPS
  }

  static RuleCase flags(String name, Exchange.Builder exchange) {
    return new RuleCase(name, exchange, Expect.FLAGS);
  }

  static RuleCase passes(String name, Exchange.Builder exchange) {
    return new RuleCase(name, exchange, Expect.PASSES);
  }

  static RuleCase skips(String name, Exchange.Builder exchange) {
    return new RuleCase(name, exchange, Expect.SKIPS);
  }

  /** A fresh builder: GET /, 200, headers and bodies known and empty. */
  static Exchange.Builder ex() {
    return Exchange.builder();
  }

  /** Runs the rule alone on the exchange and checks the expectation; returns the findings. */
  List<Finding> verify(Rule rule) {
    Verdict v = new RuleSet(List.of(rule), RuleConfig.none()).check(exchange.build());
    switch (expect) {
      case FLAGS -> {
        assertThat(v.findings()).as("%s: %s should be flagged", rule.id(), name).isNotEmpty();
        assertThat(v.findings())
            .allSatisfy(
                f -> {
                  assertThat(f.rule().id()).isEqualTo(rule.id());
                  assertThat(f.message()).isNotBlank();
                  assertThat(f.evidence()).isNotEmpty();
                  assertThat(f.fix()).isNotBlank();
                });
      }
      case PASSES -> {
        assertThat(v.skipped()).as("%s: %s should run", rule.id(), name).isEmpty();
        assertThat(v.findings()).as("%s: %s should pass", rule.id(), name).isEmpty();
      }
      case SKIPS -> {
        assertThat(v.skipped()).as("%s: %s should be skipped", rule.id(), name).contains(rule);
        assertThat(v.findings()).isEmpty();
      }
    }
    return v.findings();
  }

  @Override
  public String toString() {
    return expect.name().toLowerCase() + ": " + name;
  }
}
