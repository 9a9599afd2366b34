package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.openapi.OpenApiLint;
import dev.statuskit.openapi.SpecAudit;
import dev.statuskit.openapi.SpecFinding;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A spec's lint in every format: operations for exchanges, findings pointing at lines. */
class SpecReportsTest {
  private static final Path SPEC = Path.of("src/test/resources/specs/orders.yaml");
  private static final RuleSet RULES = Rules.catalogue().plus(OpenApiLint.rules());
  private static final SpecAudit AUDIT = OpenApiLint.lint(SPEC, RULES);

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void rendersTheOrdersSpecAsReviewed(ReportFormat format) throws IOException {
    GoldenFiles.assertMatches(
        "orders-spec." + format.extension(), Reports.render(AUDIT, RULES, format, Fixture.OPTIONS));
  }

  @Test
  void theFixtureHasFindingsWithLines() {
    // The golden files are only worth something if the spec has findings on known lines.
    assertThat(AUDIT.findings()).isNotEmpty();
    assertThat(AUDIT.findings()).allSatisfy(f -> assertThat(f.line()).isPositive());
  }

  @Test
  void sarifPointsEachResultAtItsLineOfTheSpec() throws IOException {
    JsonNode sarif =
        new ObjectMapper()
            .readTree(Reports.render(AUDIT, RULES, ReportFormat.SARIF, Fixture.OPTIONS));
    JsonNode results = sarif.at("/runs/0/results");
    assertThat(results.size()).isEqualTo(AUDIT.findings().size());
    for (JsonNode r : results) {
      JsonNode physical = r.at("/locations/0/physicalLocation");
      assertThat(physical.at("/artifactLocation/uri").asText())
          .isEqualTo("src/test/resources/specs/orders.yaml");
      int line = physical.at("/region/startLine").asInt();
      String rule = r.get("ruleId").asText();
      assertThat(AUDIT.findings())
          .anySatisfy(
              f -> {
                assertThat(f.rule().id()).isEqualTo(rule);
                assertThat(f.line()).isEqualTo(line);
              });
      assertThat(r.has("webRequest")).as("a spec finding has no request that was sent").isFalse();
    }
    assertThat(sarif.at("/runs/0/properties/operations").asInt()).isEqualTo(3);
  }

  @Test
  void textNamesOperationsAndFileLines() {
    String text = Reports.render(AUDIT, RULES, ReportFormat.TEXT, Fixture.OPTIONS);
    SpecFinding first = AUDIT.findings().get(0);
    assertThat(text).contains("3 operations read");
    assertThat(text).contains("orders.yaml:" + first.line() + ")");
    assertThat(text).doesNotContain("exchange");
  }

  @Test
  void sarifOfASpecIsValid() throws IOException {
    assertThat(
            SarifSchemaTest.validate(
                Reports.render(AUDIT, RULES, ReportFormat.SARIF, Fixture.OPTIONS)))
        .isEmpty();
  }

  @Test
  void documentedStatusComesFromTheResponsePointer() {
    assertThat(FindingView.documentedStatus("/paths/~1orders/post/responses/200")).isEqualTo(200);
    assertThat(FindingView.documentedStatus("/paths/~1orders/post/responses/201/headers"))
        .isEqualTo(201);
    assertThat(FindingView.documentedStatus("/paths/~1orders/post/responses/4XX")).isZero();
    assertThat(FindingView.documentedStatus("/paths/~1orders/post")).isZero();
    assertThat(FindingView.documentedStatus("/paths/~1v200/get")).isZero();
  }
}
