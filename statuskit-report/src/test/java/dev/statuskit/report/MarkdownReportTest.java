package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import dev.statuskit.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  @Test
  void escapesPipesSoTableRowsKeepTheirColumns() {
    String md = Reports.render(Fixture.result(), ReportFormat.MARKDOWN, Fixture.OPTIONS);
    List<String> rows =
        md.lines().filter(l -> l.startsWith("| ") && l.contains("shop.har")).toList();
    assertThat(rows).hasSize(4);
    for (String row : rows) {
      // Six unescaped pipes delimit five columns.
      assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(6);
    }
    assertThat(md).contains("search?q=shoes\\|boots");
  }

  @Test
  void escapesMarkupFromTheApi() {
    String md = Reports.render(Fixture.result(), ReportFormat.MARKDOWN, Fixture.OPTIONS);
    assertThat(md).contains("a \\*throttled\\* client &lt;must&gt; guess").doesNotContain("<must>");
  }

  @Test
  void capsFindingsPerRuleAndSaysHowManyAreNotShown() {
    String md = Reports.render(Fixture.result(), ReportFormat.MARKDOWN, Fixture.OPTIONS);
    assertThat(md).contains("_… and 2 more like this._");
  }

  @Test
  void staysUnderGithubsCommentLimitForAHugeAudit() {
    // 30 rules with 50 kept findings each (of 1,000), every message and evidence value long:
    // ten rows of one rule take about a tenth of the budget.
    List<Rule> many = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      many.add(
          Rule.define(String.format("SK%03d", 500 + i))
              .title("Test rule " + i)
              .category(Category.PROTOCOL)
              .severity(Severity.WARNING)
              .rationale("r")
              .link("https://example.com/rule/" + i)
              .fix("f")
              .check(s -> List.of()));
    }
    List<String> catalogue = Rules.catalogue().rules().stream().map(Rule::id).toList();
    RuleSet rules =
        Rules.catalogue().plus(many).with(new RuleConfig(Map.of(), catalogue, List.of(), "test"));
    List<Finding> findings = new ArrayList<>();
    Map<String, Long> counts = new HashMap<>();
    String longText = "x".repeat(2_000);
    for (Rule r : many) {
      for (int j = 0; j < 50; j++) {
        Exchange e =
            Exchange.builder().target("https://api.example.com/items/" + j).status(404).build();
        findings.add(
            new Finding(
                r,
                Severity.WARNING,
                "message " + longText,
                List.of(new Evidence("body", longText)),
                r.fix(),
                e));
      }
      counts.put(r.id(), 1_000L);
    }
    AuditResult result =
        new AuditResult(
            "huge.har", rules, 30_000, 0, findings, counts, Map.of(), Map.of(), List.of());
    String md = Reports.render(result, ReportFormat.MARKDOWN, Fixture.OPTIONS);
    assertThat(md.length()).isLessThanOrEqualTo(MarkdownReport.BUDGET);
    assertThat(md).contains("## statuskit: 0 errors, 30,000 warnings, 0 info");
    assertThat(md).containsPattern("_\\d+ more rules with [0-9,]+ findings not shown");
    assertThat(md).contains("more like this");
    assertThat(md).endsWith("<sub>statuskit 1.2.3</sub>\n");
  }
}
