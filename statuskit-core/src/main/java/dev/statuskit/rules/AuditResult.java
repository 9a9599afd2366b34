package dev.statuskit.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of an audit, what reports render.
 *
 * @param target what was audited
 * @param rules the rules that ran, with their effective severities
 * @param exchanges exchanges checked (including ignored ones)
 * @param ignored exchanges whose path the configuration ignores
 * @param findings findings kept in full (the first {@link Audit#KEPT_PER_RULE} per rule), in order
 *     of severity, then rule id, then order of discovery
 * @param findingCounts all findings per rule id, kept or not
 * @param skippedRules per rule id, exchanges it skipped for lack of data
 * @param skippedInput per reason, input the source could not use
 * @param skippedSamples a few examples of skipped input, with their place
 */
public record AuditResult(
    String target,
    RuleSet rules,
    long exchanges,
    long ignored,
    List<Finding> findings,
    Map<String, Long> findingCounts,
    Map<String, Long> skippedRules,
    Map<String, Long> skippedInput,
    List<String> skippedSamples) {

  public AuditResult {
    findings =
        findings.stream()
            .sorted(Comparator.comparing(Finding::severity).thenComparing(f -> f.rule().id()))
            .toList();
    findingCounts = Map.copyOf(findingCounts);
    skippedRules = Map.copyOf(skippedRules);
    skippedInput = Map.copyOf(skippedInput);
    skippedSamples = List.copyOf(skippedSamples);
  }

  /** All findings, kept or only counted. */
  public long totalFindings() {
    return findingCounts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Findings at this severity, kept or only counted. */
  public long count(Severity severity) {
    return findingCounts.entrySet().stream()
        .filter(e -> rules.find(e.getKey()).map(rules::severityOf).orElse(null) == severity)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** The most severe finding's severity, if any. */
  public Optional<Severity> worst() {
    return findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
  }

  /** Whether any finding is at or above the threshold. */
  public boolean failsAt(Severity threshold) {
    return worst().map(w -> w.atLeast(threshold)).orElse(false);
  }
}
