package dev.statuskit.openapi;

import static dev.statuskit.openapi.OpenApiLintTest.resource;
import static dev.statuskit.openapi.Specs.oas3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static ConformancePlan plan(String spec, boolean allowUnsafe) {
    return Planner.plan(Specs.read(spec), allowUnsafe);
  }

  private static PlannedRequest only(ConformancePlan plan, Variant variant) {
    return plan.requests().stream()
        .filter(r -> r.variant() == variant)
        .reduce(
            (a, b) -> {
              throw new AssertionError("two " + variant + " requests");
            })
        .orElseThrow(() -> new AssertionError("no " + variant + " request in " + plan));
  }

  // ---- safety -----------------------------------------------------------------------------------

  @Test
  void plansSafeMethodsOnlyUnlessUnsafeOnesAreAllowed() {
    ConformancePlan safe = OpenApiConformance.plan(resource("clean-3.0.yaml"), false);
    assertThat(safe.requests()).extracting(PlannedRequest::method).containsOnly("GET");
    assertThat(safe.skipped())
        .containsExactly(
            "POST /orders: unsafe method, not sent without --allow-unsafe",
            "DELETE /orders/{orderId}: unsafe method, not sent without --allow-unsafe");

    ConformancePlan all = OpenApiConformance.plan(resource("clean-3.0.yaml"), true);
    assertThat(all.requests()).extracting(PlannedRequest::method).contains("POST", "DELETE");
    assertThat(all.skipped()).isEmpty();
  }

  @Test
  void neverPlansTrace() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /debug:
                  trace:
                    responses:
                      '200': {description: echo}
                """),
            true);
    assertThat(p.requests()).isEmpty();
    assertThat(p.skipped()).singleElement().asString().startsWith("TRACE /debug: TRACE is never");
  }

  @Test
  void neverPutsCredentialsInThePlan() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /orders:
                  get:
                    security: [{bearer: []}]
                    parameters:
                      - {name: Authorization, in: header, required: true, schema: {type: string}}
                    responses:
                      '200': {description: ok}
                """),
            false);
    assertThat(p.requests())
        .allSatisfy(r -> assertThat(r.headers()).doesNotContainKey("Authorization"));
    assertThat(only(p, Variant.VALID).withCredentials()).isTrue();
    assertThat(only(p, Variant.NO_CREDENTIALS).withCredentials()).isFalse();
  }

  // ---- the valid request ------------------------------------------------------------------------

  @Test
  void buildsTheValidRequestFromTheSpecsExamples() {
    ConformancePlan p = OpenApiConformance.plan(resource("clean-3.0.yaml"), true);
    assertThat(p.basePath()).isEqualTo("/v1");
    PlannedRequest get =
        p.requests().stream()
            .filter(r -> r.operation().equals("GET /orders/{orderId}"))
            .filter(r -> r.variant() == Variant.VALID)
            .findFirst()
            .orElseThrow();
    assertThat(get.target()).isEqualTo("/orders/ord_42");
    assertThat(get.headers()).containsEntry("Accept", "application/json");
    assertThat(get.body()).isEmpty();
    assertThat(get.pointer()).isEqualTo("/paths/~1orders~1{orderId}/get");
    assertThat(get.expectation().keys()).isEqualTo("200, 401, 403, 404");

    PlannedRequest post =
        p.requests().stream()
            .filter(r -> r.operation().equals("POST /orders") && r.variant() == Variant.VALID)
            .findFirst()
            .orElseThrow();
    assertThat(post.body()).contains("{\"sku\":\"SKU-1\",\"quantity\":2}");
    assertThat(post.headers()).containsEntry("Content-Type", "application/json");
    assertThat(post.expectation().match(201).orElseThrow().optionalHeaders())
        .containsExactly("Location");
  }

  @Test
  void fillsParametersFromExamplesDefaultsEnumsAndFormats() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /reports/{day}/{kind}:
                  get:
                    parameters:
                      - {name: day, in: path, required: true, schema: {type: string, format: date}}
                      - {name: kind, in: path, required: true, schema: {type: string, enum: [daily, weekly]}}
                      - {name: page, in: query, required: true, schema: {type: integer, minimum: 1}}
                      - {name: tags, in: query, required: true, schema: {type: array, items: {type: string}}, example: [a, b]}
                      - {name: q, in: query, required: true, examples: {one: {value: red shoes}}, schema: {type: string}}
                      - {name: X-Tenant, in: header, required: true, schema: {type: string, default: acme}}
                      - {name: session, in: cookie, required: true, schema: {type: string, example: s1}}
                      - {name: optional, in: query, schema: {type: string}}
                    responses:
                      '200': {description: ok}
                """),
            false);
    PlannedRequest valid = only(p, Variant.VALID);
    assertThat(valid.target())
        .isEqualTo("/reports/2024-01-01/daily?page=1&tags=a%2Cb&q=red%20shoes");
    assertThat(valid.headers())
        .containsEntry("X-Tenant", "acme")
        .containsEntry("Cookie", "session=s1");
  }

  @Test
  void buildsJsonBodiesFromSchemasWithRequiredMembersAndAllOf() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /orders:
                  post:
                    requestBody:
                      required: true
                      content:
                        application/json:
                          schema:
                            allOf:
                              - $ref: '#/components/schemas/Order'
                              - type: object
                                required: [email]
                                properties:
                                  email: {type: string, format: email}
                                  note: {type: string}
                                  placed: {type: string, format: date-time, readOnly: true}
                    responses:
                      '201': {description: created}
                """),
            true);
    assertThat(only(p, Variant.VALID).body())
        .contains("{\"id\":\"example\",\"total\":1,\"email\":\"user@example.com\"}");
  }

  @Test
  void skipsOperationsWhoseRequiredBodyIsNotJson() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /uploads:
                  post:
                    requestBody:
                      required: true
                      content:
                        multipart/form-data: {schema: {type: object}}
                    responses:
                      '201': {description: stored}
                """),
            true);
    assertThat(p.requests()).isEmpty();
    assertThat(p.skipped()).singleElement().asString().contains("multipart/form-data");
  }

  @Test
  void takesTheBasePathFromSwagger2AndServerVariables() {
    assertThat(OpenApiConformance.plan(resource("petstore-2.0.json"), false).basePath())
        .isEqualTo("/v2");
    ConformancePlan p =
        plan(
            """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            servers:
              - url: https://{region}.example.com/api/{version}/
                variables:
                  region: {default: eu}
                  version: {default: v3}
            paths: {}
            """,
            false);
    assertThat(p.basePath()).isEqualTo("/api/v3");
  }

  // ---- negative variants ------------------------------------------------------------------------

  @Test
  void plansEveryNegativeVariantTheShapeAllows() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /users/{userId}/orders:
                  get:
                    security: [{bearer: []}]
                    parameters:
                      - {name: userId, in: path, required: true, schema: {type: integer, example: 7}}
                      - {name: status, in: query, required: true, schema: {type: string, enum: [open, shipped]}}
                    responses:
                      '200': {description: ok}
                      '404': {description: no such user}
                """),
            false);
    assertThat(p.requests())
        .extracting(
            PlannedRequest::variant, PlannedRequest::target, PlannedRequest::withCredentials)
        .containsExactly(
            tuple(Variant.VALID, "/users/7/orders?status=open", true),
            tuple(Variant.NO_CREDENTIALS, "/users/7/orders?status=open", false),
            tuple(Variant.UNKNOWN_ID, "/users/2147483000/orders?status=open", true),
            tuple(Variant.MISSING_PARAMETER, "/users/7/orders", true),
            tuple(Variant.WRONG_TYPE, "/users/not-a-number/orders?status=open", true));
    assertThat(only(p, Variant.MISSING_PARAMETER).description())
        .isEqualTo("GET /users/{userId}/orders without the required query parameter 'status'");
    assertThat(p.requests())
        .allSatisfy(
            r -> assertThat(r.variant().isNegative()).isEqualTo(r.variant() != Variant.VALID));
  }

  @Test
  void anUnknownUuidIsStillAUuid() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /things/{id}:
                  get:
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: string, format: uuid}}
                    responses:
                      '200': {description: ok}
                """),
            false);
    assertThat(only(p, Variant.UNKNOWN_ID).target())
        .isEqualTo("/things/ffffffff-ffff-4fff-bfff-ffffffffffff");
    assertThat(only(p, Variant.VALID).target())
        .isEqualTo("/things/3fa85f64-5717-4562-b3fc-2c963f66afa6");
  }

  @Test
  void varyTheBodyWhenNoParameterCanBeVaried() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /orders:
                  post:
                    requestBody:
                      required: true
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [sku, quantity]
                            properties:
                              sku: {type: string}
                              quantity: {type: integer, minimum: 1}
                    responses:
                      '201': {description: created}
                """),
            true);
    PlannedRequest missing = only(p, Variant.MISSING_PARAMETER);
    assertThat(missing.body()).isEmpty();
    assertThat(missing.headers()).doesNotContainKey("Content-Type");
    assertThat(missing.description()).endsWith("without its required body");
    assertThat(only(p, Variant.WRONG_TYPE).body())
        .contains("{\"sku\":\"example\",\"quantity\":\"not-a-number\"}");
  }

  @Test
  void anOperationWithNothingToGetWrongGetsOnlyTheValidRequest() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /health:
                  get:
                    responses:
                      '200': {description: up}
                """),
            false);
    assertThat(p.requests())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.variant()).isEqualTo(Variant.VALID);
              assertThat(r.target()).isEqualTo("/health");
              assertThat(r.headers()).isEqualTo(Map.of());
              assertThat(r.body()).isEqualTo(Optional.empty());
            });
  }

  @Test
  void documentedResponsesKeepRequiredAndOptionalHeadersApart() {
    ConformancePlan p =
        plan(
            oas3(
                """
                /search:
                  get:
                    responses:
                      '200':
                        description: ok
                        headers:
                          X-Total: {required: true, schema: {type: integer}}
                          ETag: {schema: {type: string}}
                          Content-Type: {schema: {type: string}}
                        content:
                          application/json: {schema: {type: object}}
                      4XX: {description: client error}
                """),
            false);
    Expectation e = only(p, Variant.VALID).expectation();
    DocumentedResponse ok = e.match(200).orElseThrow();
    assertThat(ok.requiredHeaders()).containsExactly("X-Total");
    assertThat(ok.optionalHeaders()).containsExactly("ETag");
    assertThat(ok.mediaTypes()).containsExactly("application/json");
    assertThat(e.match(404).orElseThrow().key()).isEqualTo("4XX");
    assertThat(e.match(500)).isEmpty();
    assertThat(List.of(e.documentsClientErrors())).containsExactly(true);
  }
}
