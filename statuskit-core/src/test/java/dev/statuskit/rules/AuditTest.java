package dev.statuskit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditTest {
  static final Rule CROSS =
      Rule.define("SK990")
          .title("cross-exchange test rule")
          .category(Category.PROBE)
          .rationale("Judged across exchanges.")
          .link("https://example.com/rule")
          .fix("Fix it.")
          .judgedElsewhere();

  static final RuleSet RULES = Rules.catalogue().plus(List.of(CROSS));

  static Exchange at(String path) {
    return Exchange.builder().target(path).build();
  }

  @Test
  void aRuleJudgedElsewhereFindsNothingInAnExchangeButIsListed() {
    Exchange bare = Exchange.builder().target("/x").status(500).build();
    assertThat(RULES.check(bare).findings()).noneMatch(f -> f.rule().id().equals("SK990"));
    assertThat(RULES.find("SK990")).contains(CROSS);
  }

  @Test
  void recordsCrossExchangeFindingsAtTheChosenSeverity() {
    Audit audit = new Audit("t", RULES);
    audit.record(CROSS, Severity.INFO, Problem.of("odd", new Evidence("a", "b")), at("/x"));
    AuditResult r = audit.result();
    assertThat(r.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(r.findingCounts()).containsEntry("SK990", 1L);
  }

  @Test
  void configuredSeverityAndDisablingWin() {
    var config =
        new RuleConfig(Map.of("SK990", Severity.ERROR), List.of(), List.of("/health"), "test");
    Audit audit = new Audit("t", RULES.with(config));
    audit.record(CROSS, Severity.INFO, Problem.of("odd"), at("/x"));
    audit.record(CROSS, Severity.INFO, Problem.of("ignored path"), at("/health"));
    assertThat(audit.result().findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));

    Audit off =
        new Audit("t", RULES.with(new RuleConfig(Map.of(), List.of("SK990"), List.of(), "test")));
    off.record(CROSS, Problem.of("odd"), at("/x"));
    assertThat(off.result().totalFindings()).isZero();
  }

  @Test
  void checkRecordsOnlyTheFindingsTheFilterKeepsButCountsTheExchange() {
    // A 401 without a challenge (SK103) and without a body (SK301).
    Exchange bare = Exchange.builder().target("/account").status(401).header("X", "y").build();
    Audit audit = new Audit("t", RULES);
    Verdict all = audit.check(bare, f -> !f.rule().id().equals("SK103"));
    assertThat(all.findings()).extracting(f -> f.rule().id()).contains("SK103", "SK301");
    assertThat(audit.result().findings())
        .extracting(f -> f.rule().id())
        .contains("SK301")
        .doesNotContain("SK103");
    assertThat(audit.result().exchanges()).isEqualTo(1);
  }

  @Test
  void keepsOnlyTheFirstFindingsOfARuleButCountsAll() {
    Audit audit = new Audit("t", RULES);
    for (int i = 0; i < Audit.KEPT_PER_RULE + 7; i++) {
      audit.record(CROSS, Problem.of("n" + i), at("/x"));
    }
    assertThat(audit.result().findings()).hasSize(Audit.KEPT_PER_RULE);
    assertThat(audit.result().totalFindings()).isEqualTo(Audit.KEPT_PER_RULE + 7);
  }

  @Test
  void countsSkippedInputPerReasonWithSamples() {
    Audit audit = new Audit("t", RULES);
    for (int i = 1; i <= 8; i++) {
      audit.skippedInput("status 0", "f.har entry " + i);
    }
    AuditResult r = audit.result();
    assertThat(r.skippedInput()).containsEntry("status 0", 8L);
    assertThat(r.skippedSamples())
        .hasSize(5)
        .first()
        .asString()
        .isEqualTo("f.har entry 1: status 0");
  }

  @Test
  void ignoredPathsAreNotChecked() {
    var config = new RuleConfig(Map.of(), List.of(), List.of("/internal/**"), "test");
    Audit audit = new Audit("t", Rules.catalogue().with(config));
    Verdict v = audit.check(Exchange.builder().target("/internal/a/b").status(201).build());
    assertThat(v.ignored()).isTrue();
    assertThat(v.findings()).isEmpty();
    assertThat(audit.check(Exchange.builder().target("/orders").status(201).build()).findings())
        .extracting(f -> f.rule().id())
        .contains("SK101");
  }
}
