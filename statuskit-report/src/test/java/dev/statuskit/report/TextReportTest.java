package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.RuleSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextReportTest {

  private static String text(AuditResult result, ReportOptions options) {
    return Reports.render(result, ReportFormat.TEXT, options);
  }

  @Test
  void usesNoAnsiCodesWithoutColour() {
    assertThat(text(Fixture.result(), Fixture.OPTIONS)).doesNotContain("\u001b");
  }

  @Test
  void coloursSeveritiesWithColour() {
    String coloured = text(Fixture.result(), Fixture.OPTIONS.withColor(true));
    assertThat(coloured).contains("\u001b[1;31mERROR\u001b[0m", "\u001b[1;33mWARNING\u001b[0m");
    // Colour adds codes and nothing else.
    assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", ""))
        .isEqualTo(text(Fixture.result(), Fixture.OPTIONS));
  }

  @ParameterizedTest
  @ValueSource(ints = {40, 60, 100})
  void wrapsToTheWidth(int width) {
    String out = text(Fixture.result(), Fixture.OPTIONS.withWidth(width));
    for (String line : out.split("\n")) {
      // Only a word too long for any line (a URL, an exception name) may stick out, alone or
      // after its evidence label.
      if (line.length() > width) {
        assertThat(line.strip().split(" +"))
            .as("line over %d columns: %s", width, line)
            .hasSizeLessThanOrEqualTo(2);
      }
    }
    assertThat(out).contains("... and 2 more like this");
  }

  @Test
  void groupsFindingsByRuleMostSevereFirst() {
    String out = text(Fixture.result(), Fixture.OPTIONS.withWidth(200));
    assertThat(out.indexOf("SK901  ERROR")).isLessThan(out.indexOf("SK903  ERROR"));
    assertThat(out.indexOf("SK903  ERROR")).isLessThan(out.indexOf("SK902  WARNING"));
    assertThat(out).contains("429 Too Many Requests: ");
  }

  @Test
  void explainsSkipsAndEndsWithAVerdict() {
    String out = text(Fixture.result(), Fixture.OPTIONS.withWidth(200));
    assertThat(out)
        .contains("SK905 skipped on 1,247 exchanges: the source has no reason phrases")
        .contains("status 0 (no response): 2")
        .contains("e.g. shop.har entry 7: status 0 (no response)");
    assertThat(out.strip().lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("Verdict: errors found: 5 errors, 1 warning, 0 info");
  }

  @Test
  void saysWhatWasCheckedWhenThereAreNoFindings() {
    String out = text(Fixture.clean(), Fixture.OPTIONS.withWidth(200));
    assertThat(out)
        .contains(
            "No findings: 42 exchanges passed 5 rules (3 protocol, 1 semantics, 1 error body).")
        .contains("Verdict: clean: no findings in 42 exchanges");
  }

  @Test
  void doesNotClaimAPassWhenNothingWasChecked() {
    AuditResult empty =
        new AuditResult(
            "empty.har", Fixture.rules(), 0, 0, List.of(), Map.of(), Map.of(), Map.of(), List.of());
    assertThat(text(empty, Fixture.OPTIONS)).contains("No findings: no exchanges were checked.");
  }

  @Test
  void neutralisesControlCharactersFromTheApi() {
    RuleSet rules = Fixture.rules();
    Exchange e =
        Exchange.builder()
            .target("/x")
            .status(201)
            .reason("Created\u001b[2J")
            .source("evil.har entry 1")
            .build();
    AuditResult result =
        new AuditResult(
            "evil.har",
            rules,
            1,
            0,
            List.of(
                Fixture.finding(
                    rules,
                    Fixture.CREATED,
                    e,
                    "line one\nline two\u001b]0;pwned\u0007 \u202eesrever",
                    new Evidence("body", "a\r\nb\tc"))),
            Map.of("SK901", 1L),
            Map.of(),
            Map.of(),
            List.of());
    String out = text(result, Fixture.OPTIONS.withWidth(200));
    assertThat(out).doesNotContain("\u001b", "\u0007", "\u202e", "\r", "\t");
    assertThat(out).contains("line one line two?]0;pwned? ?esrever", "body  a b c");
  }
}
