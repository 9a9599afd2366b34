package dev.statuskit.rules;

import java.util.List;

/** SK3xx: error responses that clients cannot act on, or that leak internals. */
final class ErrorBodyRules {
  private ErrorBodyRules() {}

  static final List<Rule> ALL = List.of();
}
