package dev.statuskit.rules;

import static dev.statuskit.rules.RuleCase.ex;
import static dev.statuskit.rules.RuleCase.flags;
import static dev.statuskit.rules.RuleCase.passes;
import static dev.statuskit.rules.RuleCase.skips;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProtocolRulesTest {

  static Stream<RuleCase> sk101() {
    return Stream.of(
        flags("201 without Location", ex().method("POST").target("/orders").status(201)),
        passes("201 with Location", ex().status(201).header("Location", "/orders/42")),
        passes("location in any case", ex().status(201).header("location", "/orders/42")),
        passes("200 without Location", ex().status(200)),
        skips("access-log line, no headers", ex().status(201).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk101(RuleCase c) {
    c.verify(ProtocolRules.CREATED_WITHOUT_LOCATION);
  }

  @Test
  void sk101TakesItsSeverityFromTheRegistry() {
    // 201 → Location is PRACTICE in the registry, hence a warning, not an error.
    assertThat(ProtocolRules.CREATED_WITHOUT_LOCATION.severity()).isEqualTo(Severity.WARNING);
    var f =
        flags("201", ex().method("POST").target("/orders").status(201))
            .verify(ProtocolRules.CREATED_WITHOUT_LOCATION);
    assertThat(f.get(0).message()).contains("201 Created").contains("Location");
    assertThat(f.get(0).evidence()).contains(new Evidence("Location", "(absent)"));
  }
}
