package dev.statuskit.rules;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.input.InputException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** An immutable set of rules with their effective severities, ready to check exchanges. */
public final class RuleSet {
  private final List<Rule> rules;
  private final RuleConfig config;
  private final List<PathMatcher> ignore;
  private final List<Rule> enabled;

  RuleSet(List<Rule> rules, RuleConfig config) {
    this.rules = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
    this.config = config;
    this.ignore = config.ignoreMatchers();
    // Rules and configuration never change: decided once, not on every exchange.
    this.enabled = this.rules.stream().filter(r -> !config.disabled().contains(r.id())).toList();
  }

  /** Every rule in the set, enabled or not, by id. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rules that run. */
  public List<Rule> enabled() {
    return enabled;
  }

  public Optional<Rule> find(String id) {
    return rules.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
  }

  /** The severity a rule's findings get, after configuration. */
  public Severity severityOf(Rule rule) {
    return configuredSeverity(rule).orElse(rule.severity());
  }

  /** The severity the configuration sets for the rule, if it sets one. */
  Optional<Severity> configuredSeverity(Rule rule) {
    return Optional.ofNullable(config.severities().get(rule.id()));
  }

  public boolean isEnabled(Rule rule) {
    return !config.disabled().contains(rule.id());
  }

  /**
   * The same rules under a configuration.
   *
   * @throws InputException if the configuration names a rule that is not in the set
   */
  public RuleSet with(RuleConfig config) {
    Stream.concat(config.severities().keySet().stream(), config.disabled().stream())
        .filter(id -> find(id).isEmpty())
        .findFirst()
        .ifPresent(
            id -> {
              throw new InputException(config.source(), "unknown rule '" + id + "' under 'rules'");
            });
    return new RuleSet(rules, config);
  }

  /**
   * Only the rules that pass the filter, under the same configuration. A configuration is checked
   * against the whole catalogue once, then narrowed to what one kind of check can run: its entries
   * for the rules left out stay valid, and unused.
   */
  public RuleSet only(Predicate<Rule> keep) {
    return new RuleSet(rules.stream().filter(keep).toList(), config);
  }

  /** These rules and more (e.g. the probe expectations of statuskit-probe). */
  public RuleSet plus(List<Rule> more) {
    List<Rule> all = new ArrayList<>(rules);
    for (Rule r : more) {
      if (find(r.id()).isPresent()) {
        throw new IllegalArgumentException("two rules with id " + r.id());
      }
      all.add(r);
    }
    return new RuleSet(all, config);
  }

  /** Runs every enabled rule on the exchange. */
  public Verdict check(Exchange exchange) {
    if (isIgnored(exchange)) {
      return Verdict.ignoredPath();
    }
    Subject subject = Subject.of(exchange);
    List<Finding> findings = new ArrayList<>();
    List<Rule> skipped = new ArrayList<>();
    for (Rule rule : enabled) {
      if (!rule.needs().stream().allMatch(exchange::has)) {
        skipped.add(rule);
        continue;
      }
      for (Problem p : rule.apply(subject)) {
        findings.add(Finding.of(rule, severityOf(rule), p, exchange));
      }
    }
    return new Verdict(findings, skipped, false);
  }

  /**
   * Whether the configuration ignores the exchange's path; without ignore globs (the usual case)
   * the path is not even parsed out of the target.
   */
  boolean isIgnored(Exchange exchange) {
    return !ignore.isEmpty() && isIgnored(exchange.request().path());
  }

  /** Whether the configuration ignores this request path (so sources need not even fetch it). */
  public boolean isIgnored(String path) {
    if (ignore.isEmpty()) {
      return false;
    }
    try {
      Path p = Path.of(path);
      return ignore.stream().anyMatch(m -> m.matches(p));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
