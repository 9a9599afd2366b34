package dev.statuskit.test;

import dev.statuskit.rules.Finding;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import dev.statuskit.rules.Severity;
import dev.statuskit.rules.Verdict;
import java.util.List;

/**
 * Which rules a test runs on its exchanges, and from which severity a finding fails it.
 *
 * <p>The default is the whole catalogue, failing on warnings and errors. That is stricter than
 * {@code statuskit check}, which fails on errors only: a test looks at the team's own API, where a
 * broken SHOULD is as easy to fix as a broken MUST. Lower it with {@link #failingOn(Severity)} or
 * adjust rules with a {@link RuleConfig} ({@code .statuskit.yml}).
 *
 * @param rules the rules, with their configured severities
 * @param failOn the lowest severity that fails
 */
public record RulePolicy(RuleSet rules, Severity failOn) {

  private static final RulePolicy DEFAULTS = new RulePolicy(Rules.catalogue(), Severity.WARNING);

  /** The whole catalogue at default severities; warnings and errors fail. */
  public static RulePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * The same rules and threshold, adjusted by a configuration (which replaces any earlier one).
   *
   * @throws dev.statuskit.input.InputException if the configuration names an unknown rule
   */
  public RulePolicy with(RuleConfig config) {
    return new RulePolicy(rules.with(config), failOn);
  }

  /** The same rules, failing from another severity up. */
  public RulePolicy failingOn(Severity threshold) {
    return new RulePolicy(rules, threshold);
  }

  /** The findings of the verdict that fail under this policy. */
  List<Finding> failing(Verdict verdict) {
    return verdict.findings().stream().filter(f -> f.severity().atLeast(failOn)).toList();
  }

  /** The findings of the verdict that this policy lets pass. */
  List<Finding> tolerated(Verdict verdict) {
    return verdict.findings().stream().filter(f -> !f.severity().atLeast(failOn)).toList();
  }
}
