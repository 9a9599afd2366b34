package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.statuskit.input.InputException;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import dev.statuskit.rules.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiLintTest {

  static Path resource(String name) {
    try {
      return Path.of(OpenApiLintTest.class.getResource("/openapi/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The 1-based number of the first line of the file that contains the text, after a start. */
  static int lineOf(Path file, String text, String after) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int from = 0;
    while (!lines.get(from).contains(after)) {
      from++;
    }
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  // ---- whole specs ------------------------------------------------------------------------------

  @Test
  void aSpecThatDocumentsEverythingLintsClean() {
    SpecAudit audit = OpenApiLint.lint(resource("clean-3.0.yaml"));
    assertThat(audit.findings()).isEmpty();
    assertThat(audit.operations()).isEqualTo(5);
    assertThat(audit.version()).isEqualTo("3.0.3");
    assertThat(audit.worst()).isEmpty();
  }

  @Test
  void findsEachMistakeOfTheShopSpecAtItsLine() {
    SpecAudit audit = OpenApiLint.lint(resource("shop-3.0.yaml"));
    assertThat(audit.findings())
        .extracting(f -> f.rule().id(), SpecFinding::line, SpecFinding::operation)
        .containsExactlyInAnyOrder(
            tuple("SK502", 9, "GET /products"),
            tuple("SK507", 9, "GET /products"),
            tuple("SK510", 18, "POST /products"),
            tuple("SK503", 24, "POST /products"),
            tuple("SK518", 29, "POST /products"),
            tuple("SK509", 33, "GET /products/{id}"),
            tuple("SK517", 35, "GET /products/{id}"),
            tuple("SK518", 45, "GET /products/{id}"),
            tuple("SK505", 48, "DELETE /products/{id}"),
            tuple("SK518", 49, "DELETE /products/{id}"),
            tuple("SK516", 50, "DELETE /products/{id}"),
            tuple("SK504", 60, "POST /carts/{cartId}/checkout"),
            tuple("SK506", 61, "POST /carts/{cartId}/checkout"),
            tuple("SK518", 66, "POST /carts/{cartId}/checkout"),
            tuple("SK514", 67, "POST /carts/{cartId}/checkout"),
            tuple("SK515", 67, "POST /carts/{cartId}/checkout"),
            tuple("SK513", 68, "POST /carts/{cartId}/checkout"),
            tuple("SK515", 68, "POST /carts/{cartId}/checkout"),
            tuple("SK512", 73, "GET /old-products"));
  }

  @Test
  void findingsComeMostSevereFirstWithPointerAndFix() {
    SpecAudit audit = OpenApiLint.lint(resource("shop-3.0.yaml"));
    SpecFinding first = audit.findings().get(0);
    assertThat(first.rule().id()).isEqualTo("SK506");
    assertThat(first.severity()).isEqualTo(Severity.ERROR);
    assertThat(first.pointer()).isEqualTo("/paths/~1carts~1{cartId}~1checkout/post/responses/204");
    assertThat(first.fix()).isNotBlank();
    assertThat(audit.findings())
        .extracting(SpecFinding::severity)
        .isSortedAccordingTo(Enum::compareTo);
    assertThat(audit.failsAt(Severity.ERROR)).isTrue();
    assertThat(audit.count(Severity.INFO)).isEqualTo(3);
  }

  @Test
  void readsSwagger2JsonAndPointsIntoTheJson() throws IOException {
    Path file = resource("petstore-2.0.json");
    SpecAudit audit = OpenApiLint.lint(file);
    assertThat(audit.version()).isEqualTo("2.0");
    int post = lineOf(file, "\"post\"", "\"/pets\"");
    int range = lineOf(file, "\"4XX\"", "\"delete\"");
    assertThat(audit.findings())
        .extracting(f -> f.rule().id(), SpecFinding::line)
        .contains(
            tuple("SK507", post),
            tuple("SK508", post),
            tuple("SK510", post),
            tuple("SK519", range),
            tuple("SK514", range));
    // The 401 of GET /pets documents WWW-Authenticate and an Error schema: nothing to say.
    assertThat(audit.findings()).noneMatch(f -> f.operation().equals("GET /pets"));
  }

  @Test
  void readsOpenApi31ConstAndTypeLists() {
    SpecAudit audit = OpenApiLint.lint(resource("users-3.1.yaml"));
    assertThat(audit.version()).isEqualTo("3.1.0");
    assertThat(audit.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().id()).isEqualTo("SK517");
              assertThat(f.message()).contains("'ok' that can be false");
              assertThat(f.line()).isEqualTo(14);
            });
  }

  @Test
  void followsRefsIntoOtherLocalFiles() {
    SpecAudit audit = OpenApiLint.lint(resource("split/main.yaml"));
    // The 404 comes from parts.yaml with its Error schema, the path parameter too: all is well.
    assertThat(audit.findings()).isEmpty();
    assertThat(audit.operations()).isEqualTo(1);
  }

  @Test
  void aFindingInsideAResponseFromAnotherFileGetsTheLineOfItsRef(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("main.yaml"),
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /orders/{id}:
            get:
              responses:
                '200': {description: ok}
                '404':
                  $ref: 'parts.yaml#/NotFound'
        """);
    Files.writeString(dir.resolve("parts.yaml"), "NotFound: {description: missing}\n");
    SpecAudit audit = OpenApiLint.lint(dir.resolve("main.yaml"));
    assertThat(audit.findings())
        .extracting(f -> f.rule().id(), SpecFinding::line)
        .containsExactly(tuple("SK515", 8));
  }

  // ---- configuration ----------------------------------------------------------------------------

  @Test
  void honoursDisabledRulesSeveritiesAndIgnoredPaths() {
    RuleConfig config =
        new RuleConfig(
            Map.of("SK512", Severity.ERROR),
            List.of("SK518"),
            List.of("/carts/**"),
            ".statuskit.yml");
    RuleSet rules = Rules.catalogue().plus(OpenApiLint.rules()).with(config);
    SpecAudit audit = OpenApiLint.lint(resource("shop-3.0.yaml"), rules);
    assertThat(audit.findings()).noneMatch(f -> f.rule().id().equals("SK518"));
    assertThat(audit.findings()).noneMatch(f -> f.operation().startsWith("POST /carts"));
    assertThat(audit.ignored()).isEqualTo(1);
    assertThat(audit.operations()).isEqualTo(5);
    assertThat(audit.findings())
        .filteredOn(f -> f.rule().id().equals("SK512"))
        .singleElement()
        .extracting(SpecFinding::severity)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void refusesARuleSetWithoutTheSpecRules() {
    assertThatThrownBy(() -> OpenApiLint.lint(resource("clean-3.0.yaml"), Rules.catalogue()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OpenApiLint.rules()");
  }

  // ---- bad specs --------------------------------------------------------------------------------

  private static InputException failure(Path file) {
    try {
      OpenApiLint.lint(file);
    } catch (InputException e) {
      return e;
    }
    throw new AssertionError(file + " was read without complaint");
  }

  @Test
  void invalidYamlNamesTheLineAndColumnAndTheProblem() {
    Path file = resource("bad/invalid.yaml");
    InputException e = failure(file);
    assertThat(e.where()).isEqualTo(file + ":10:14");
    assertThat(e.getMessage())
        .startsWith("invalid YAML: expected ',' or '}'")
        .contains("flow mapping that starts at line 9")
        .doesNotContain("\n");
  }

  @Test
  void invalidJsonNamesTheLine() {
    Path file = Specs.write("{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {,}\n}\n", ".json");
    try {
      InputException e = failure(file);
      assertThat(e.where()).startsWith(file + ":3:");
      assertThat(e.getMessage()).startsWith("invalid JSON: ").doesNotContain("\n");
    } finally {
      Specs.delete(file);
    }
  }

  @Test
  void anUnresolvedRefNamesItsLineAndWhatIsMissing() {
    Path file = resource("bad/unresolved-ref.yaml");
    InputException e = failure(file);
    assertThat(e.where()).isEqualTo(file + ":11");
    assertThat(e.getMessage())
        .isEqualTo(
            "unresolved $ref '#/components/schemas/Order': this document has nothing at"
                + " /components/schemas/Order");
  }

  @Test
  void aRefToAMissingFileSaysSo() {
    Path file = resource("bad/missing-file-ref.yaml");
    InputException e = failure(file);
    assertThat(e.where()).isEqualTo(file + ":8");
    assertThat(e.getMessage()).startsWith("unresolved $ref 'parts/responses.yaml#/Ok': no file");
  }

  @Test
  void aRefToAMissingMemberOfAnotherFileSaysSo(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("main.yaml"),
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /orders:
            get:
              responses:
                '200': {$ref: 'parts.yaml#/Ok'}
        """);
    Files.writeString(dir.resolve("parts.yaml"), "Fine: {description: ok}\n");
    InputException e = failure(dir.resolve("main.yaml"));
    assertThat(e.where()).endsWith("main.yaml:7");
    assertThat(e.getMessage()).contains("parts.yaml has nothing at /Ok");
  }

  @Test
  void remoteRefsAreNotFollowed() {
    Path file = resource("bad/remote-ref.yaml");
    InputException e = failure(file);
    assertThat(e.where()).isEqualTo(file + ":8");
    assertThat(e.getMessage()).startsWith("remote $ref 'https://").contains("local files only");
  }

  @Test
  void aDocumentThatIsNotOpenApiSaysSo() {
    Path file = resource("bad/not-openapi.yaml");
    InputException e = failure(file);
    assertThat(e.where()).isEqualTo(file + ":1");
    assertThat(e.getMessage()).startsWith("not an OpenAPI document");
  }

  @Test
  void aScalarOrListIsNotAnOpenApiDocument() {
    for (String text : List.of("just a string\n", "- a\n- b\n")) {
      Path file = Specs.write(text, ".yaml");
      try {
        assertThat(failure(file).getMessage()).startsWith("not an OpenAPI document");
      } finally {
        Specs.delete(file);
      }
    }
  }

  @Test
  void anEmptyFileSaysSo() {
    Path file = Specs.write("", ".yaml");
    try {
      assertThat(failure(file).getMessage())
          .isEqualTo("not an OpenAPI document: the file is empty");
    } finally {
      Specs.delete(file);
    }
  }

  @Test
  void anUnsupportedVersionNamesIt() {
    Path file = resource("bad/swagger-1.2.json");
    InputException e = failure(file);
    assertThat(e.getMessage()).contains("swagger: 1.2").contains("Swagger 2.0 and OpenAPI 3.0");
    Path four = Specs.write("info: {title: t}\nopenapi: 4.0.0\npaths: {}\n", ".yaml");
    try {
      assertThat(failure(four).where()).isEqualTo(four + ":2");
    } finally {
      Specs.delete(four);
    }
  }

  @Test
  void aMissingFileOrADirectorySaysSo(@TempDir Path dir) {
    assertThat(failure(dir.resolve("nope.yaml")).getMessage()).isEqualTo("no such file");
    assertThat(failure(dir).getMessage()).contains("is a directory");
  }

  @Test
  void aSpecWithoutPathsHasNothingToCheck() {
    Path file = Specs.write("openapi: 3.1.0\ninfo: {title: t, version: '1'}\n", ".yaml");
    try {
      SpecAudit audit = OpenApiLint.lint(file);
      assertThat(audit.operations()).isZero();
      assertThat(audit.findings()).isEmpty();
    } finally {
      Specs.delete(file);
    }
  }
}
