package dev.statuskit.rules;

import java.util.List;

/** SK2xx: a status code that says something other than what happened. */
final class SemanticRules {
  private SemanticRules() {}

  static final List<Rule> ALL = List.of();
}
