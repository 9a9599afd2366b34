package dev.statuskit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SARIF output against the official SARIF 2.1.0 JSON schema (OASIS, stored verbatim in
 * src/test/resources/sarif), with format assertions on, so a malformed URI fails too.
 */
class SarifSchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Schema SARIF = load();

  private static Schema load() {
    try (InputStream in =
        SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              b ->
                  b.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
      return registry.getSchema(text);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the SARIF schema", e);
    }
  }

  static List<Error> validate(String sarif) throws IOException {
    return SARIF.validate(MAPPER.readTree(sarif));
  }

  @Test
  void shopAuditIsValidSarif() throws IOException {
    String sarif = Reports.render(Fixture.result(), ReportFormat.SARIF, Fixture.OPTIONS);
    assertThat(validate(sarif)).isEmpty();
  }

  @Test
  void cleanAuditIsValidSarif() throws IOException {
    String sarif = Reports.render(Fixture.clean(), ReportFormat.SARIF, Fixture.OPTIONS);
    assertThat(validate(sarif)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "captures/shop 1.har",
        "/home/ana/captures/shop[1].har",
        "C:\\captures\\shop.har",
        "https://ana:pa55word@api.example.com/v1?api_key=k3y-12345678",
        "http://[::1]:8080/base",
        "shop%.har",
        ""
      })
  void staysValidForAwkwardTargets(String target) throws IOException {
    RuleSet rules = Fixture.rules();
    Exchange e =
        Exchange.builder()
            .method("POST")
            .target("/orders?token=abcdefgh12345 x")
            .status(201)
            .source("probe: POST /orders")
            .build();
    AuditResult result =
        new AuditResult(
            target,
            rules,
            1,
            0,
            List.of(
                Fixture.finding(
                    rules,
                    Fixture.CREATED,
                    e,
                    "no Location",
                    new Evidence("Location", "(absent)"))),
            Map.of("SK901", 1L),
            Map.of(),
            Map.of(),
            List.of());
    String sarif = Reports.render(result, ReportFormat.SARIF, Fixture.OPTIONS);
    assertThat(validate(sarif)).as(sarif).isEmpty();
  }

  @Test
  void rejectsABrokenDocument() throws IOException {
    // Proves the check can fail: a result without its required message and with a level
    // SARIF does not define must not pass.
    ObjectNode sarif =
        (ObjectNode)
            MAPPER.readTree(Reports.render(Fixture.result(), ReportFormat.SARIF, Fixture.OPTIONS));
    ObjectNode result = (ObjectNode) sarif.at("/runs/0/results/0");
    result.remove("message");
    result.put("level", "fatal");
    List<Error> errors = SARIF.validate(sarif);
    assertThat(errors).extracting(Error::getKeyword).contains("required", "enum");
  }

  @Test
  void rejectsAMalformedUri() throws IOException {
    ObjectNode sarif =
        (ObjectNode)
            MAPPER.readTree(Reports.render(Fixture.result(), ReportFormat.SARIF, Fixture.OPTIONS));
    ((ObjectNode) sarif.at("/runs/0/tool/driver")).put("informationUri", "not a uri at all");
    assertThat(SARIF.validate(sarif)).extracting(Error::getKeyword).contains("format");
  }

  @Test
  void rejectsAnUnencodedArtifactPath() throws IOException {
    // Why artifact URIs are percent-encoded: a raw space is not a URI reference.
    ObjectNode sarif =
        (ObjectNode)
            MAPPER.readTree(Reports.render(Fixture.result(), ReportFormat.SARIF, Fixture.OPTIONS));
    ((ObjectNode) sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation"))
        .put("uri", "captures/shop 1.har");
    assertThat(SARIF.validate(sarif)).extracting(Error::getKeyword).contains("format");
  }

  @Test
  void schemaIsTheOasisOne() {
    JsonNode schema = SARIF.getSchemaNode();
    assertThat(schema.path("title").asText())
        .isEqualTo("Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema");
    assertThat(schema.path("properties").path("version").path("enum").get(0).asText())
        .isEqualTo("2.1.0");
  }
}
