package dev.statuskit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.server.demo.DemoApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} with specs: linting a spec file, and testing a live API against its spec. */
class CheckOpenApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String SPECS = "src/test/resources/specs/";

  /** A conformance finding reduced to rule and the operation it is about. */
  record Hit(String rule, String operation) {}

  static Cli demo;
  static Set<Hit> hits;

  @BeforeAll
  static void testTheDemoAgainstItsSpec() throws Exception {
    demo = Cli.run("check", "--openapi", "--format", "json");
    hits = new HashSet<>();
    for (JsonNode f : JSON.readTree(demo.out()).get("findings")) {
      String rule = f.get("rule").asText();
      if (rule.startsWith("SK52")) {
        // "openapi: GET /customers/{id} with an unknown id (no such resource)" → "GET
        // /customers/{id}"
        String[] words = f.get("source").asText().split(" ");
        hits.add(new Hit(rule, words[1] + " " + words[2]));
      }
    }
  }

  @Test
  void theDemoServesItsOwnSpecWithoutCredentials() throws Exception {
    try (DemoApi api = DemoApi.start()) {
      HttpResponse<String> r =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(api.baseUri().resolve(DemoApi.specPath())).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/yaml");
      assertThat(r.body()).startsWith("openapi: 3.0.3").contains("/customers/{id}:");
    }
  }

  @Test
  void theDemosOwnSpecLintsClean(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("demo.yaml");
    try (var in = DemoApi.class.getResourceAsStream("openapi.yaml")) {
      Files.write(spec, in.readAllBytes());
    }
    Cli lint = Cli.run("check", spec.toString());
    assertThat(lint.exit()).as(lint.out() + lint.err()).isZero();
    assertThat(lint.out()).contains("No findings: 22 operations passed");
  }

  @Test
  void theDemoBreaksItsSpecExactlyWhereMistakesArePlanted() {
    assertThat(demo.exit()).as(demo.err()).isEqualTo(1);
    assertThat(demo.err()).contains("against the spec it serves");
    // Each is one of the demo's planted mistakes, seen through the spec's promises.
    assertThat(hits)
        .containsExactlyInAnyOrder(
            new Hit("SK524", "GET /customers/{id}"), // unknown id answered 200
            new Hit("SK521", "GET /shipping/quote"), // the invented 299
            new Hit("SK522", "GET /account"), // 401 without WWW-Authenticate
            new Hit("SK522", "GET /legacy/catalog"), // 301 without Location
            new Hit("SK522", "GET /deals"), // 429 without Retry-After
            new Hit("SK523", "GET /search"), // a 400 that is not problem+json
            new Hit("SK523", "GET /reports/export"), // a text/plain stack trace
            new Hit("SK525", "GET /reports/export"), // 500 for a valid request
            new Hit("SK525", "GET /recommendations")); // 503 for a valid request
  }

  @Test
  void theConformanceRunAlsoRunsTheCatalogueAndSkipsUnsafeOperations() throws Exception {
    JsonNode report = JSON.readTree(demo.out());
    Set<String> rules = new HashSet<>();
    report.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
    assertThat(rules).contains("SK103", "SK201", "SK307", "SK114");
    assertThat(report.get("skippedInput").get("unsafe method, not sent without --allow-unsafe"))
        .isNotNull();
    assertThat(report.get("findings").toString()).doesNotContain("demo-token");
  }

  @Test
  void lintsASpecFileWithFindingsAtTheirLines() throws Exception {
    Cli text = Cli.run("check", SPECS + "orders.yaml");
    assertThat(text.exit()).as(text.err()).isEqualTo(1);
    assertThat(text.out())
        .contains("3 operations read")
        .contains("SK506")
        .contains("DELETE /orders/{id} -> 204 No Content")
        .contains("orders.yaml:62)");
    Cli sarif = Cli.run("check", SPECS + "orders.yaml", "--format", "sarif", "--fail-on", "never");
    assertThat(sarif.exit()).isZero();
    JsonNode results = JSON.readTree(sarif.out()).at("/runs/0/results");
    assertThat(results.size()).isEqualTo(4);
    assertThat(results.findValues("startLine")).extracting(JsonNode::asInt).contains(62, 7, 19);
  }

  @Test
  void aJsonSpecIsToldApartFromAHar() {
    Cli lint = Cli.run("check", SPECS + "health.json", "--format", "json");
    assertThat(lint.exit()).as(lint.err()).isZero();
    assertThat(lint.out()).contains("\"operations\": 1");
  }

  @Test
  void badSpecsAreOneLineWithTheirLocation() {
    assertOneLine(Cli.run("check", SPECS + "invalid.yaml"), "invalid.yaml:9:32: invalid YAML");
    assertOneLine(
        Cli.run("check", SPECS + "unresolved.yaml"),
        "unresolved.yaml:7: unresolved $ref '#/components/responses/Missing'");
    assertOneLine(
        Cli.run("check", SPECS + "not-openapi.yaml"),
        "not-openapi.yaml:1: not an OpenAPI document");
    assertOneLine(
        Cli.run("check", "http://127.0.0.1:9", "--openapi", SPECS + "invalid.yaml"),
        "invalid.yaml:9:32: invalid YAML");
  }

  @Test
  void conformanceUsageErrorsAreOneLine(@TempDir Path dir) throws Exception {
    assertOneLine(
        Cli.run("check", "http://127.0.0.1:9", "--openapi", dir.resolve("none.yaml").toString()),
        "none.yaml: no such file");
    assertOneLine(
        Cli.run("check", "http://127.0.0.1:9", "--openapi"),
        "--openapi needs the spec (a file or URL)");
    assertOneLine(
        Cli.run("check", "http://127.0.0.1:9", "/users", "--openapi", SPECS + "orders.yaml"),
        "with --openapi the spec names the paths");
    Path har = Files.writeString(dir.resolve("x.har"), "{\"log\":{\"entries\":[]}}");
    assertOneLine(
        Cli.run("check", har.toString(), "--openapi", SPECS + "orders.yaml"),
        "--openapi tests a live API");
    assertOneLine(
        Cli.run("check", "http://127.0.0.1:9", "--openapi", "http://127.0.0.1:9/openapi.yaml"),
        "http://127.0.0.1:9/openapi.yaml: the spec could not be fetched");
  }

  @Test
  void anUnreachableApiIsOneLine() {
    Cli run = Cli.run("check", "http://127.0.0.1:9", "--openapi", SPECS + "health.json");
    assertOneLine(run, "connection refused");
  }

  @Test
  void aFetchedSpecsErrorsNameItsUrl() throws Exception {
    try (DemoApi api = DemoApi.start()) {
      URI missing = api.baseUri().resolve("/nothing-here.yaml");
      Cli run = Cli.run("check", api.baseUri().toString(), "--openapi", missing.toString());
      assertOneLine(run, missing + ": the spec could not be fetched: status 404");
    }
  }

  private static void assertOneLine(Cli run, String expected) {
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err().strip()).doesNotContain("\n").contains(expected);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
