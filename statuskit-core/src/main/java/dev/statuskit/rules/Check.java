package dev.statuskit.rules;

import java.util.List;

/** The logic of a rule: a pure function of one exchange. Most return zero or one problem. */
@FunctionalInterface
public interface Check {
  List<Problem> apply(Subject subject);
}
