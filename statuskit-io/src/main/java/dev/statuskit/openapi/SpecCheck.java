package dev.statuskit.openapi;

import java.util.List;
import java.util.function.Function;

/**
 * The logic of a spec rule: a pure function of the operations in scope. Most look at one operation
 * at a time ({@link #perOperation}); a few compare operations (a shared error schema).
 */
@FunctionalInterface
interface SpecCheck {
  List<SpecIssue> check(List<SpecOperation> operations);

  static SpecCheck perOperation(Function<SpecOperation, List<SpecIssue>> check) {
    return ops -> ops.stream().flatMap(op -> check.apply(op).stream()).toList();
  }
}
