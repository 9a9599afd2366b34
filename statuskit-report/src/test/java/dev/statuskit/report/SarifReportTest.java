package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.rules.Severity;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode shop() throws IOException {
    return MAPPER.readTree(Reports.render(Fixture.result(), ReportFormat.SARIF, Fixture.OPTIONS));
  }

  @Test
  void everyResultPointsAtItsRuleByIndex() throws IOException {
    JsonNode run = shop().at("/runs/0");
    JsonNode rules = run.at("/tool/driver/rules");
    assertThat(run.get("results")).hasSize(4);
    for (JsonNode result : run.get("results")) {
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
    }
  }

  @Test
  void listsOnlyRulesWithFindings() throws IOException {
    assertThat(shop().at("/runs/0/tool/driver/rules").findValuesAsText("id"))
        .containsExactly("SK901", "SK902", "SK903");
  }

  @Test
  void mapsSeveritiesToSarifLevels() {
    assertThat(SarifReport.level(Severity.ERROR)).isEqualTo("error");
    assertThat(SarifReport.level(Severity.WARNING)).isEqualTo("warning");
    assertThat(SarifReport.level(Severity.INFO)).isEqualTo("note");
  }

  @Test
  void showsAConfiguredSeverityAsAnOverride() throws IOException {
    JsonNode run = shop().at("/runs/0");
    JsonNode sk903 = run.at("/tool/driver/rules/2");
    assertThat(sk903.at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    JsonNode override = run.at("/invocations/0/ruleConfigurationOverrides/0");
    assertThat(override.at("/descriptor/id").asText()).isEqualTo("SK903");
    assertThat(override.at("/configuration/level").asText()).isEqualTo("error");
    assertThat(run.at("/results/2/level").asText()).isEqualTo("error");
  }

  @Test
  void namesRulesInPascalCase() {
    assertThat(SarifReport.pascalCase("201 Created without Location"))
        .isEqualTo("201CreatedWithoutLocation");
    assertThat(SarifReport.pascalCase("Retry-After is malformed"))
        .isEqualTo("RetryAfterIsMalformed");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '>',
      value = {
        "shop.har > shop.har",
        "captures/shop 1.har > captures/shop%201.har",
        "captures\\shop.har > captures/shop.har",
        "/home/ana/shop[1].har > file:///home/ana/shop%5B1%5D.har",
        "C:\\captures\\shop.har > file:///C:/captures/shop.har",
        "https://api.example.com/v1 > https://api.example.com/v1",
        "https://[redacted]@api.example.com/ > https://%5Bredacted%5D@api.example.com/",
        "café.har > caf%C3%A9.har"
      })
  void turnsTargetsIntoUriReferences(String target, String uri) {
    assertThat(SarifReport.artifactUri(target)).contains(uri);
  }

  @Test
  void hasNoArtifactWithoutATarget() {
    assertThat(SarifReport.artifactUri(" ")).isEqualTo(Optional.empty());
  }

  @Test
  void fingerprintsTheRuleAndEndpointNotTheRun() {
    String a = SarifReport.fingerprint("SK901", "POST", "/orders", 201);
    assertThat(SarifReport.fingerprint("SK901", "POST", "/orders", 201)).isEqualTo(a);
    assertThat(SarifReport.fingerprint("SK901", "POST", "/carts", 201)).isNotEqualTo(a);
    assertThat(SarifReport.fingerprint("SK902", "POST", "/orders", 201)).isNotEqualTo(a);
    assertThat(a).hasSize(32).matches("[0-9a-f]+");
  }

  @Test
  void reportsSkipsAsNotifications() throws IOException {
    JsonNode notes = shop().at("/runs/0/invocations/0/toolExecutionNotifications");
    assertThat(notes.findValuesAsText("text"))
        .contains(
            "SK905 skipped on 1,247 exchanges: the source has no reason phrases",
            "Skipped input (2): status 0 (no response)");
  }
}
