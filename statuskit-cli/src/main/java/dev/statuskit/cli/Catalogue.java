package dev.statuskit.cli;

import dev.statuskit.probe.ProbeRules;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;

/** The whole rule catalogue as the CLI knows it: passive rules and the prober's expectations. */
final class Catalogue {
  private Catalogue() {}

  static RuleSet full() {
    return Rules.catalogue().plus(ProbeRules.all());
  }
}
