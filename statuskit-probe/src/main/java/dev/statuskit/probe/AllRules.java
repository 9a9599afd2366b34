package dev.statuskit.probe;

import dev.statuskit.openapi.OpenApiConformance;
import dev.statuskit.openapi.OpenApiLint;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;

/**
 * Every rule statuskit has, in one set: the passive catalogue, the prober's expectations, and the
 * OpenAPI lint and conformance rules. This module is the first that sees all of them; the CLI's
 * {@code rules} and {@code explain} and the web UI's rules pages list this one set.
 */
public final class AllRules {
  private AllRules() {}

  public static RuleSet set() {
    return Rules.catalogue()
        .plus(ProbeRules.all())
        .plus(OpenApiLint.rules())
        .plus(OpenApiConformance.rules());
  }
}
