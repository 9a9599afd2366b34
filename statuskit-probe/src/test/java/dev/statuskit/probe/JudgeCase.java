package dev.statuskit.probe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One row of a probe expectation's table: the baseline GET, the probe's exchange, and whether the
 * expectation flags it (at which severity) or passes it.
 */
record JudgeCase(
    String name, Exchange.Builder baseline, Exchange.Builder probe, Optional<Severity> flagged) {

  static JudgeCase flags(
      String name, Severity severity, Exchange.Builder baseline, Exchange.Builder probe) {
    return new JudgeCase(name, baseline, probe, Optional.of(severity));
  }

  static JudgeCase passes(String name, Exchange.Builder baseline, Exchange.Builder probe) {
    return new JudgeCase(name, baseline, probe, Optional.empty());
  }

  /** A GET of /users/42 answered 200 with JSON, as a baseline. */
  static Exchange.Builder ok() {
    return Exchange.builder()
        .target("http://api.test/users/42")
        .requestHeader("Authorization", "Bearer t0ps3cret")
        .status(200)
        .reason("OK")
        .header("Content-Type", "application/json")
        .body("{\"id\": 42}");
  }

  /** The probe's exchange to /users/42, 200 unless changed. */
  static Exchange.Builder probe(String method) {
    return Exchange.builder().method(method).target("http://api.test/users/42");
  }

  Optional<Flag> verify(BiFunction<Exchange, Exchange, Optional<Flag>> judge, Rule rule) {
    Optional<Flag> flag = judge.apply(baseline.build(), probe.build());
    if (flagged.isEmpty()) {
      assertThat(flag).as("%s should pass", name).isEmpty();
      return flag;
    }
    assertThat(flag).as("%s should be flagged", name).isPresent();
    Flag f = flag.orElseThrow();
    assertThat(f.rule()).isEqualTo(rule);
    assertThat(f.severity()).as("%s severity", name).isEqualTo(flagged.get());
    assertThat(f.problem().message()).isNotBlank();
    assertThat(f.problem().evidence()).isNotEmpty();
    assertThat(f.problem().evidence())
        .as("%s: evidence never shows credentials", name)
        .allSatisfy(e -> assertThat(e.value()).doesNotContain("t0ps3cret"));
    return flag;
  }

  @Override
  public String toString() {
    return flagged.map(s -> "flags (" + s.label() + ")").orElse("passes") + ": " + name;
  }
}
