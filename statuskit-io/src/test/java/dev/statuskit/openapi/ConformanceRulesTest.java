package dev.statuskit.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.rules.Audit;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Rules;
import dev.statuskit.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConformanceRulesTest {

  /**
   * One row: a planned request, the answer it got, and the rules that must speak (none: all is
   * well).
   */
  record Row(String name, PlannedRequest planned, Exchange.Builder answer, Set<String> expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Row row(String name, PlannedRequest p, Exchange.Builder answer, String... ids) {
    return new Row(name, p, answer, Set.of(ids));
  }

  private static DocumentedResponse doc(String key, String... mediaTypes) {
    return new DocumentedResponse(key, Set.of(), Set.of(), Set.of(mediaTypes));
  }

  private static final List<DocumentedResponse> ORDER_RESPONSES =
      List.of(
          new DocumentedResponse(
              "200", Set.of("X-Request-Id"), Set.of("ETag"), Set.of("application/json")),
          doc("401", "application/problem+json"),
          doc("404", "application/problem+json"),
          doc("5XX", "application/*"));

  private static PlannedRequest planned(Variant variant, List<DocumentedResponse> docs) {
    return new PlannedRequest(
        "GET /orders/{id}",
        "/paths/~1orders~1{id}/get",
        variant,
        "GET /orders/{id} (" + variant + ")",
        "GET",
        "/orders/1",
        Map.of(),
        Optional.empty(),
        variant != Variant.NO_CREDENTIALS,
        new Expectation(docs));
  }

  private static PlannedRequest valid() {
    return planned(Variant.VALID, ORDER_RESPONSES);
  }

  private static Exchange.Builder answer(int status) {
    return Exchange.builder().method("GET").target("/orders/1").status(status);
  }

  private static Exchange.Builder okOrder() {
    return answer(200)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-Request-Id", "r1")
        .header("ETag", "\"v1\"")
        .body("{\"id\":\"1\"}");
  }

  private static Exchange.Builder problem(int status) {
    return answer(status)
        .header("Content-Type", "application/problem+json")
        .body("{\"title\":\"no\",\"status\":" + status + "}");
  }

  static Stream<Row> rows() {
    return Stream.of(
        // SK521
        row("documented 200 as promised", valid(), okOrder()),
        row("undocumented 409", valid(), problem(409), "SK521"),
        row("5xx covered by the 5XX range", valid(), problem(503), "SK525"),
        row(
            "a status covered by default only",
            planned(Variant.VALID, List.of(doc("200"), doc("default", "application/json"))),
            answer(418).header("Content-Type", "application/json").body("{}")),
        // SK522
        row(
            "required header missing",
            valid(),
            answer(200)
                .header("Content-Type", "application/json")
                .header("ETag", "\"v\"")
                .body("{}"),
            "SK522"),
        row(
            "optional header missing too: one finding each",
            valid(),
            answer(200).header("Content-Type", "application/json").body("{}"),
            "SK522"),
        row(
            "headers not recorded: nothing to say",
            valid(),
            answer(200).headers(Optional.empty()).body(Optional.empty())),
        // SK523
        row(
            "HTML where JSON is documented",
            valid(),
            answer(200)
                .header("Content-Type", "text/html")
                .header("X-Request-Id", "r")
                .header("ETag", "\"v\"")
                .body("<html></html>"),
            "SK523"),
        row(
            "media range application/* accepts application/json",
            valid(),
            answer(502).header("Content-Type", "application/json").body("{}"),
            "SK525"),
        row(
            "body where the spec documents no content",
            planned(Variant.VALID, List.of(doc("204"))),
            answer(204).header("Content-Type", "application/json").body("{}"),
            "SK523"),
        row(
            "empty body where content is documented: not a type mismatch",
            planned(Variant.VALID, List.of(doc("200", "application/json"))),
            answer(200)),
        // SK524
        row(
            "no credentials, answered 200",
            planned(Variant.NO_CREDENTIALS, ORDER_RESPONSES),
            okOrder(),
            "SK524"),
        row(
            "unknown id, answered 200",
            planned(Variant.UNKNOWN_ID, ORDER_RESPONSES),
            okOrder(),
            "SK524"),
        row("unknown id, answered 404", planned(Variant.UNKNOWN_ID, ORDER_RESPONSES), problem(404)),
        row(
            "no credentials, answered 401",
            planned(Variant.NO_CREDENTIALS, ORDER_RESPONSES),
            problem(401)),
        row(
            "wrong type, answered an undocumented 400",
            planned(Variant.WRONG_TYPE, ORDER_RESPONSES),
            problem(400),
            "SK521"),
        // SK525
        row(
            "missing parameter crashes the server",
            planned(Variant.MISSING_PARAMETER, ORDER_RESPONSES),
            problem(500),
            "SK525"),
        // SK526
        row(
            "the valid request refused with 422",
            planned(Variant.VALID, List.of(doc("200"), doc("422", "application/json"))),
            answer(422).header("Content-Type", "application/json").body("{}"),
            "SK526"),
        row(
            "a redirect says nothing about validity",
            planned(Variant.MISSING_PARAMETER, List.of(doc("200"), doc("3XX"))),
            answer(302).header("Location", "/login")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void judgesTheAnswerAgainstTheSpec(Row r) {
    List<Mismatch> found = OpenApiConformance.check(r.planned(), r.answer().build());
    assertThat(found).extracting(m -> m.rule().id()).containsOnlyElementsOf(r.expected());
    assertThat(found.stream().map(m -> m.rule().id()).distinct()).hasSameSizeAs(r.expected());
    assertThat(found)
        .allSatisfy(
            m -> {
              assertThat(m.problem().message()).isNotBlank();
              assertThat(m.problem().evidence())
                  .contains(new Evidence("spec", r.planned().pointer()));
            });
  }

  @Test
  void aMissingRequiredHeaderWeighsMoreThanAnOptionalOne() {
    List<Mismatch> found =
        OpenApiConformance.check(
            valid(), answer(200).header("Content-Type", "application/json").body("{}").build());
    assertThat(found)
        .extracting(m -> m.problem().message(), Mismatch::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple(
                "200 OK to GET /orders/{id} (VALID) lacks X-Request-Id, which the spec documents"
                    + " as required for '200'",
                Severity.WARNING),
            org.assertj.core.api.Assertions.tuple(
                "200 OK to GET /orders/{id} (VALID) lacks ETag, which the spec documents for '200'",
                Severity.INFO));
  }

  @Test
  void aServerErrorOnAValidRequestIsAWarningOnAnInvalidOneAnError() {
    assertThat(OpenApiConformance.check(valid(), problem(500).build()))
        .filteredOn(m -> m.rule().id().equals("SK525"))
        .singleElement()
        .extracting(Mismatch::severity)
        .isEqualTo(Severity.WARNING);
    assertThat(
            OpenApiConformance.check(
                planned(Variant.WRONG_TYPE, ORDER_RESPONSES), problem(500).build()))
        .filteredOn(m -> m.rule().id().equals("SK525"))
        .singleElement()
        .extracting(Mismatch::severity)
        .isEqualTo(Severity.ERROR);
  }

  @Test
  void acceptingARequestWithoutCredentialsSaysHowToFixIt() {
    Mismatch m =
        OpenApiConformance.check(
                planned(Variant.NO_CREDENTIALS, ORDER_RESPONSES), okOrder().build())
            .get(0);
    assertThat(m.rule().id()).isEqualTo("SK524");
    assertThat(m.problem().fix()).hasValueSatisfying(f -> assertThat(f).contains("401"));
  }

  @Test
  void mismatchesRecordIntoAnAuditWithTheCatalogue() {
    var rules = Rules.catalogue().plus(OpenApiLint.rules()).plus(OpenApiConformance.rules());
    Audit audit = new Audit("http://127.0.0.1", rules);
    Exchange e = problem(409).build();
    audit.check(e);
    OpenApiConformance.check(valid(), e)
        .forEach(m -> audit.record(m.rule(), m.severity(), m.problem(), e));
    assertThat(audit.result().findingCounts()).containsEntry("SK521", 1L);
  }

  @Test
  void conformanceRulesFindNothingInASingleExchange() {
    var verdict = Rules.catalogue().plus(OpenApiConformance.rules()).check(okOrder().build());
    assertThat(verdict.findings()).noneMatch(f -> f.rule().id().startsWith("SK52"));
    assertThat(OpenApiConformance.rules())
        .extracting(r -> r.id())
        .containsExactly("SK521", "SK522", "SK523", "SK524", "SK525", "SK526");
  }

  @Test
  void mediaRangesMatchAsHttpDefinesThem() {
    assertThat(ConformanceRules.matches("application/json", "application/json; charset=utf-8"))
        .isTrue();
    assertThat(ConformanceRules.matches("application/*", "application/problem+json")).isTrue();
    assertThat(ConformanceRules.matches("*/*", "text/html")).isTrue();
    assertThat(ConformanceRules.matches("application/json", "application/problem+json")).isFalse();
    assertThat(ConformanceRules.matches("text/*", "application/json")).isFalse();
  }
}
