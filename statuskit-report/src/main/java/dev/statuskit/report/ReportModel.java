package dev.statuskit.report;

import dev.statuskit.exchange.Part;
import dev.statuskit.openapi.OpenApiLint;
import dev.statuskit.openapi.SpecAudit;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every format shows, computed once from an audit result: findings grouped by rule (most
 * severe first, then by id) with credentials scrubbed, counts, and what could not be checked. Maps
 * in an {@link AuditResult} have no order; everything here has a stable one, so reports are
 * reproducible.
 *
 * @param target what was audited, scrubbed of credentials
 * @param unit what was checked, in the singular: "exchange", or "operation" for a spec
 * @param exchanges exchanges (or operations) read, including ignored ones
 * @param ignored those whose path the configuration ignores
 * @param enabled the rules that ran, by id
 * @param groups rules with findings
 * @param counts findings per effective severity, kept or only counted
 * @param skippedRules rules skipped for lack of data, by id
 * @param skippedInput input the source could not use, most frequent first
 * @param skippedSamples a few places of skipped input
 */
record ReportModel(
    String target,
    String unit,
    long exchanges,
    long ignored,
    List<Rule> enabled,
    List<RuleGroup> groups,
    Map<Severity, Long> counts,
    List<SkippedRule> skippedRules,
    List<SkippedInput> skippedInput,
    List<String> skippedSamples) {

  static ReportModel of(AuditResult result) {
    RuleSet rules = result.rules();
    Redactor urls = Redactor.urlsOnly();
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, result.count(s));
    }
    return new ReportModel(
        urls.apply(result.target()),
        "exchange",
        result.exchanges(),
        result.ignored(),
        rules.enabled(),
        groups(result),
        counts,
        result.skippedRules().entrySet().stream()
            .map(
                e ->
                    new SkippedRule(
                        e.getKey(),
                        e.getValue(),
                        rules.find(e.getKey()).map(ReportModel::needs).orElse(List.of())))
            .sorted(Comparator.comparing(SkippedRule::id))
            .toList(),
        result.skippedInput().entrySet().stream()
            .map(e -> new SkippedInput(e.getKey(), e.getValue()))
            .sorted(
                Comparator.comparingLong(SkippedInput::count)
                    .reversed()
                    .thenComparing(SkippedInput::reason))
            .toList(),
        result.skippedSamples().stream().map(urls::apply).toList());
  }

  /**
   * A spec's lint, shown like an audit of exchanges: operations stand for exchanges, and what the
   * parser ignored in the document for skipped input.
   *
   * @param rules the rule set the lint ran under; its enabled spec rules are the report's rules
   */
  static ReportModel of(SpecAudit audit, RuleSet rules) {
    Set<String> specRules = OpenApiLint.rules().stream().map(Rule::id).collect(Collectors.toSet());
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, audit.count(s));
    }
    // A rule has one effective severity in a run, so its first finding speaks for the group.
    List<RuleGroup> groups =
        audit.findings().stream()
            .collect(
                Collectors.groupingBy(f -> f.rule().id(), LinkedHashMap::new, Collectors.toList()))
            .values()
            .stream()
            .map(
                fs ->
                    new RuleGroup(
                        fs.get(0).rule(),
                        fs.get(0).severity(),
                        fs.stream().map(f -> FindingView.of(f, audit.file())).toList(),
                        fs.size()))
            .sorted(Comparator.comparing(RuleGroup::severity).thenComparing(g -> g.rule().id()))
            .toList();
    List<SkippedInput> ignoredByParser =
        audit.notes().isEmpty()
            ? List.of()
            : List.of(new SkippedInput("spec content the parser ignored", audit.notes().size()));
    return new ReportModel(
        audit.file(),
        "operation",
        audit.operations() + audit.ignored(),
        audit.ignored(),
        rules.enabled().stream().filter(r -> specRules.contains(r.id())).toList(),
        groups,
        counts,
        List.of(),
        ignoredByParser,
        audit.notes().stream().limit(SAMPLES).toList());
  }

  /** Parser notes shown as examples of what it ignored. */
  private static final int SAMPLES = 5;

  private static List<RuleGroup> groups(AuditResult result) {
    Map<String, List<FindingView>> shown = new LinkedHashMap<>();
    Map<String, Rule> byId = new LinkedHashMap<>();
    Map<String, Severity> severity = new LinkedHashMap<>();
    for (Finding f : result.findings()) {
      String id = f.rule().id();
      byId.putIfAbsent(id, f.rule());
      severity.putIfAbsent(id, f.severity());
      shown.computeIfAbsent(id, k -> new ArrayList<>()).add(FindingView.of(f));
    }
    // Counted findings of a rule none of whose findings was kept still deserve a group.
    result.findingCounts().keySet().stream()
        .filter(id -> !byId.containsKey(id))
        .forEach(
            id ->
                result
                    .rules()
                    .find(id)
                    .ifPresent(
                        r -> {
                          byId.put(id, r);
                          severity.put(id, result.rules().severityOf(r));
                        }));
    return byId.values().stream()
        .map(
            r ->
                new RuleGroup(
                    r,
                    severity.get(r.id()),
                    shown.getOrDefault(r.id(), List.of()),
                    result.findingCounts().getOrDefault(r.id(), 0L)))
        .sorted(Comparator.comparing(RuleGroup::severity).thenComparing(g -> g.rule().id()))
        .toList();
  }

  private static List<Part> needs(Rule rule) {
    return rule.needs().stream().sorted().toList();
  }

  /** Findings at this severity, kept or only counted. */
  long count(Severity severity) {
    return counts.getOrDefault(severity, 0L);
  }

  /** All findings, kept or only counted. */
  long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The most severe severity with findings. */
  Optional<Severity> worst() {
    return groups.stream().map(RuleGroup::severity).min(Comparator.naturalOrder());
  }

  /** Input the source could not use, over every reason. */
  long skippedInputTotal() {
    return skippedInput.stream().mapToLong(SkippedInput::count).sum();
  }

  /** Exchanges the rules looked at: all but the ignored ones. */
  long checked() {
    return exchanges - ignored;
  }

  /** Whether the rule skipped every exchange it was given (or there were none). */
  boolean skippedEverywhere(String ruleId) {
    long skipped =
        skippedRules.stream()
            .filter(s -> s.id().equals(ruleId))
            .mapToLong(SkippedRule::exchanges)
            .sum();
    return skipped >= checked();
  }

  /** Findings counted but not kept, per rule id, for rules that have some. */
  Map<String, Long> truncated() {
    Map<String, Long> out = new LinkedHashMap<>();
    groups.stream()
        .filter(g -> g.notShown() > 0)
        .forEach(g -> out.put(g.rule().id(), g.notShown()));
    return out;
  }
}
