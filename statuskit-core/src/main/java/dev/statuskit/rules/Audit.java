package dev.statuskit.rules;

import dev.statuskit.exchange.Exchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Runs a rule set over the exchanges of one run and keeps the tally: findings (the first {@link
 * #KEPT_PER_RULE} of each rule in full, all of them counted, so a huge HAR stays in bounded
 * memory), rules skipped for lack of data, and input the source had to skip. One per run; not
 * thread-safe.
 */
public final class Audit {
  /** Findings kept in full per rule; the rest are counted. */
  public static final int KEPT_PER_RULE = 50;

  private static final int SAMPLES = 5;

  private final String target;
  private final RuleSet rules;
  private long exchanges;
  private long ignored;
  private final List<Finding> kept = new ArrayList<>();
  private final Map<String, Long> findingCounts = new TreeMap<>();
  private final Map<String, Long> skippedRules = new TreeMap<>();
  private final Map<String, Long> skippedInput = new LinkedHashMap<>();
  private final List<String> skippedSamples = new ArrayList<>();

  /**
   * @param target what is audited, for reports: a file name or a URL
   * @param rules the rules to run
   */
  public Audit(String target, RuleSet rules) {
    this.target = target;
    this.rules = rules;
  }

  /** Checks one exchange and records the verdict. */
  public Verdict check(Exchange exchange) {
    return check(exchange, f -> true);
  }

  /**
   * Checks one exchange and records the findings the filter keeps: a source that sends several
   * requests to learn one thing (the prober's HEAD after its GET) reports what they have in common
   * once. The exchange counts as checked either way.
   */
  public Verdict check(Exchange exchange, Predicate<Finding> keep) {
    Verdict v = rules.check(exchange);
    exchanges++;
    if (v.ignored()) {
      ignored++;
    }
    v.findings().stream().filter(keep).forEach(this::add);
    v.skipped().forEach(r -> skippedRules.merge(r.id(), 1L, Long::sum));
    return v;
  }

  /**
   * Records a problem found by judging several exchanges together (a probe compares HEAD with GET,
   * a request without credentials with one with them), at the rule's severity. The rule must be in
   * this audit's rule set; the configuration applies as for any rule: a disabled rule or an ignored
   * path records nothing, and a configured severity wins.
   */
  public void record(Rule rule, Problem problem, Exchange exchange) {
    record(rule, rule.severity(), problem, exchange);
  }

  /**
   * As {@link #record(Rule, Problem, Exchange)}, at a severity chosen for this case (a probe may
   * judge one outcome an error and another only worth knowing); a severity configured for the rule
   * still wins.
   */
  public void record(Rule rule, Severity severity, Problem problem, Exchange exchange) {
    Rule known =
        rules
            .find(rule.id())
            .orElseThrow(() -> new IllegalArgumentException(rule.id() + " is not in the rule set"));
    if (!rules.isEnabled(known) || rules.isIgnored(exchange)) {
      return;
    }
    add(Finding.of(known, rules.configuredSeverity(known).orElse(severity), problem, exchange));
  }

  private void add(Finding f) {
    long n = findingCounts.merge(f.rule().id(), 1L, Long::sum);
    if (n <= KEPT_PER_RULE) {
      kept.add(f);
    }
  }

  /**
   * Records input the source could not turn into an exchange.
   *
   * @param reason why, the same words for the same reason: "status 0 (no response)"
   * @param where the place, e.g. "shop.har entry 12"
   */
  public void skippedInput(String reason, String where) {
    skippedInput.merge(reason, 1L, Long::sum);
    if (skippedSamples.size() < SAMPLES) {
      skippedSamples.add(where + ": " + reason);
    }
  }

  public AuditResult result() {
    return new AuditResult(
        target,
        rules,
        exchanges,
        ignored,
        kept,
        findingCounts,
        skippedRules,
        skippedInput,
        skippedSamples);
  }
}
