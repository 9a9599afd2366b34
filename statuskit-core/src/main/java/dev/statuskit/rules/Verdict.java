package dev.statuskit.rules;

import java.util.List;

/**
 * The outcome of running a rule set on one exchange.
 *
 * @param findings what the rules found
 * @param skipped rules that could not run because the source lacks a part they need
 * @param ignored whether the configuration ignores this exchange's path altogether
 */
public record Verdict(List<Finding> findings, List<Rule> skipped, boolean ignored) {

  public Verdict {
    findings = List.copyOf(findings);
    skipped = List.copyOf(skipped);
  }

  static Verdict ignoredPath() {
    return new Verdict(List.of(), List.of(), true);
  }
}
