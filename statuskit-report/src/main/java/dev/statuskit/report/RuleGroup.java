package dev.statuskit.report;

import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import java.util.List;

/**
 * A rule with findings: the findings the audit kept in full, and how many it found in all.
 *
 * @param rule the rule
 * @param severity its effective severity in this run
 * @param shown the findings kept, in order of discovery
 * @param total all findings of the rule, kept or only counted
 */
record RuleGroup(Rule rule, Severity severity, List<FindingView> shown, long total) {

  RuleGroup {
    shown = List.copyOf(shown);
  }

  /** Findings counted but not kept. */
  long notShown() {
    return Math.max(0, total - shown.size());
  }

  /** The registry's entries for the statuses among the shown findings, in order of appearance. */
  List<StatusCode> statuses() {
    return shown.stream()
        .map(FindingView::status)
        .filter(s -> s > 0)
        .distinct()
        .map(StatusCodes::of)
        .toList();
  }
}
