package dev.statuskit.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The front door to the rule catalogue.
 *
 * <pre>{@code
 * Verdict v = Rules.catalogue().check(exchange);
 * v.findings().forEach(f -> System.out.println(f.rule().id() + " " + f.message()));
 * }</pre>
 */
public final class Rules {
  private Rules() {}

  private static final class Holder {
    static final RuleSet CATALOGUE = new RuleSet(all(), RuleConfig.none());

    private static List<Rule> all() {
      List<Rule> rules = new ArrayList<>();
      rules.addAll(ProtocolRules.ALL);
      rules.addAll(SemanticRules.ALL);
      rules.addAll(ErrorBodyRules.ALL);
      return rules;
    }
  }

  /** Every passive rule (those that judge a single exchange), at default severities. */
  public static RuleSet catalogue() {
    return Holder.CATALOGUE;
  }
}
