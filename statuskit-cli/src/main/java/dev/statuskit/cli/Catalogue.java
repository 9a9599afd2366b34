package dev.statuskit.cli;

import dev.statuskit.openapi.OpenApiConformance;
import dev.statuskit.openapi.OpenApiLint;
import dev.statuskit.probe.AllRules;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.RuleSet;
import java.util.List;

/**
 * The rule catalogue as the CLI knows it, and the part of it each kind of check runs: a rule that
 * cannot run on what is checked is not listed as run in its report. One configuration file serves
 * every kind: it is checked against the whole catalogue.
 */
final class Catalogue {
  private Catalogue() {}

  /** Every rule: what {@code rules} lists and {@code explain} explains. */
  static RuleSet full() {
    return AllRules.set();
  }

  /** Exchanges from a HAR file or the prober: passive rules and the probes' expectations. */
  static RuleSet forExchanges(RuleConfig config) {
    return full()
        .with(config)
        .only(r -> !in(OpenApiLint.rules(), r) && !in(OpenApiConformance.rules(), r));
  }

  /** A live API tested against its spec: the exchange rules and the spec's promises (SK52x). */
  static RuleSet forConformance(RuleConfig config) {
    return full().with(config).only(r -> !in(OpenApiLint.rules(), r));
  }

  /** A spec's lint (its report lists only the spec rules as run). */
  static RuleSet forSpecs(RuleConfig config) {
    return full().with(config);
  }

  private static boolean in(List<Rule> rules, Rule rule) {
    return rules.stream().anyMatch(r -> r.id().equals(rule.id()));
  }
}
