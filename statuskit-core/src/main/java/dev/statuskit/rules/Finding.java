package dev.statuskit.rules;

import dev.statuskit.exchange.Exchange;
import java.util.List;

/**
 * A rule's verdict on one exchange: what is wrong, the evidence, how to fix it.
 *
 * @param rule the rule that raised it
 * @param severity the effective severity (after configuration)
 * @param message the problem in one sentence
 * @param evidence what was seen
 * @param fix what to do
 * @param exchange the exchange it is about
 */
public record Finding(
    Rule rule,
    Severity severity,
    String message,
    List<Evidence> evidence,
    String fix,
    Exchange exchange) {

  public Finding {
    evidence = List.copyOf(evidence);
  }

  /** A rule's problem as a finding: the problem's own fix when it has one, else the rule's. */
  static Finding of(Rule rule, Severity severity, Problem problem, Exchange exchange) {
    return new Finding(
        rule,
        severity,
        problem.message(),
        problem.evidence(),
        problem.fix().orElse(rule.fix()),
        exchange);
  }
}
