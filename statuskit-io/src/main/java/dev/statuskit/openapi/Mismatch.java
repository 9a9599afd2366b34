package dev.statuskit.openapi;

import dev.statuskit.rules.Problem;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;

/**
 * A response that does not keep the spec's promise, ready for {@link
 * dev.statuskit.rules.Audit#record(Rule, Severity, Problem, dev.statuskit.exchange.Exchange)}.
 *
 * @param rule the conformance rule (SK52x)
 * @param severity how serious this case is
 * @param problem what is wrong, with evidence
 */
public record Mismatch(Rule rule, Severity severity, Problem problem) {}
