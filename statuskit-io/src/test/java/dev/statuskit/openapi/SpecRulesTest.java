package dev.statuskit.openapi;

import static dev.statuskit.openapi.SpecCase.flags;
import static dev.statuskit.openapi.SpecCase.passes;
import static dev.statuskit.openapi.Specs.oas3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.registry.StatusCodes;
import dev.statuskit.rules.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SpecRulesTest {

  private static final String GLOBAL_BEARER = "security: [{bearer: []}]\n";

  private static SpecIssue only(SpecRule rule, String spec) {
    List<SpecIssue> found = flags("case", spec).verify(rule);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  // ---- SK501 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk501() {
    return Stream.of(
        flags(
            "only errors",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '400': {description: bad}
                      '500': {description: broken}
                """)),
        flags(
            "only default",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      default: {description: anything}
                """)),
        flags(
            "4XX range only",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      4XX: {description: client errors}
                """)),
        passes(
            "200",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                """)),
        passes(
            "2XX range",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      2XX: {description: ok}
                """)),
        passes(
            "redirect-only operation",
            oas3(
                """
                /login:
                  get:
                    responses:
                      '302': {description: to the identity provider}
                """)),
        passes(
            "204 and default",
            oas3(
                """
                /orders/{id}:
                  delete:
                    responses:
                      '204': {description: gone}
                      default: {description: error}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk501(SpecCase c) {
    c.verify(SpecRules.NO_SUCCESS);
  }

  @Test
  void sk501SaysWhenOnlyDefaultIsDocumented() {
    SpecIssue i =
        only(
            SpecRules.NO_SUCCESS,
            oas3(
                """
                /orders:
                  get:
                    responses:
                      default: {description: anything}
                """));
    assertThat(i.message()).contains("GET /orders").contains("only a 'default'");
    assertThat(i.pointer()).isEqualTo("/paths/~1orders/get");
  }

  // ---- SK502 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk502() {
    return Stream.of(
        flags(
            "query parameter, 200 only",
            oas3(
                """
                /orders:
                  get:
                    parameters: [{name: limit, in: query, schema: {type: integer}}]
                    responses:
                      '200': {description: ok}
                """)),
        flags(
            "secured, 200 and default",
            oas3(
                GLOBAL_BEARER,
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      default: {description: error}
                """)),
        flags(
            "request body, 200 and 503",
            oas3(
                """
                /orders:
                  post:
                    requestBody: {content: {application/json: {schema: {type: object}}}}
                    responses:
                      '200': {description: ok}
                      '503': {description: down}
                """)),
        passes(
            "200 and 404",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                      '404': {description: missing}
                """)),
        passes(
            "200 and 4XX",
            oas3(
                GLOBAL_BEARER,
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      4XX: {description: client error}
                """)),
        passes(
            "no input at all: nothing to get wrong",
            oas3(
                """
                /health:
                  get:
                    responses:
                      '200': {description: up}
                      '503': {description: down}
                """)),
        passes(
            "no success at all (SK501's case)",
            oas3(
                GLOBAL_BEARER,
                """
                /orders:
                  get:
                    responses:
                      default: {description: anything}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk502(SpecCase c) {
    c.verify(SpecRules.NO_CLIENT_ERROR);
  }

  @Test
  void sk502NamesDefaultAsTheOnlyErrorDocumentation() {
    SpecIssue i =
        only(
            SpecRules.NO_CLIENT_ERROR,
            oas3(
                GLOBAL_BEARER,
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      default: {description: error}
                """));
    assertThat(i.message()).contains("only under 'default'");
  }

  // ---- SK503 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk503() {
    return Stream.of(
        flags(
            "POST to a collection with an item path, 200",
            oas3(
                """
                /orders:
                  post:
                    responses:
                      '200': {description: ok}
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                """)),
        flags(
            "POST answering an object with an id, 200",
            oas3(
                """
                /checkout:
                  post:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Order'}
                """)),
        flags(
            "id brought in by allOf",
            oas3(
                """
                /carts:
                  post:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema:
                              allOf:
                                - $ref: '#/components/schemas/Order'
                                - {type: object, properties: {lines: {type: integer}}}
                """)),
        passes(
            "POST with 201",
            oas3(
                """
                /orders:
                  post:
                    responses:
                      '201': {description: created}
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                """)),
        passes(
            "POST search returning a list",
            oas3(
                """
                /orders:
                  post:
                    responses:
                      '200':
                        description: matches
                        content:
                          application/json:
                            schema: {type: array, items: {$ref: '#/components/schemas/Order'}}
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                """)),
        passes(
            "POST action with no id in the body",
            oas3(
                """
                /login:
                  post:
                    responses:
                      '200':
                        description: token
                        content:
                          application/json:
                            schema: {type: object, properties: {token: {type: string}}}
                """)),
        passes(
            "PUT with 200",
            oas3(
                """
                /orders/{id}:
                  put:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Order'}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk503(SpecCase c) {
    c.verify(SpecRules.CREATE_WITHOUT_201);
  }

  @Test
  void sk503SaysWhyItThinksTheOperationCreates() {
    SpecIssue i =
        only(
            SpecRules.CREATE_WITHOUT_201,
            oas3(
                """
                /orders:
                  post:
                    responses:
                      '200': {description: ok}
                /orders/{orderId}:
                  get:
                    responses:
                      '200': {description: ok}
                """));
    assertThat(i.message()).contains("/orders/{orderId}").contains("201 Created");
    assertThat(i.pointer()).isEqualTo("/paths/~1orders/post/responses/200");
  }

  // ---- SK504 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk504() {
    return Stream.of(
        flags(
            "201 without headers",
            oas3(
                """
                /orders:
                  post:
                    responses:
                      '201': {description: created}
                """)),
        flags(
            "201 with other headers only",
            oas3(
                """
                /orders:
                  post:
                    responses:
                      '201':
                        description: created
                        headers:
                          ETag: {schema: {type: string}}
                """)),
        passes(
            "201 with Location",
            oas3(
                """
                /orders:
                  post:
                    responses:
                      '201':
                        description: created
                        headers:
                          Location: {schema: {type: string}}
                """)),
        passes(
            "location in lower case, through a header $ref",
            oas3(
                    """
                /orders:
                  post:
                    responses:
                      '201':
                        description: created
                        headers:
                          location: {$ref: '#/components/headers/Where'}
                """)
                + "  headers:\n    Where: {schema: {type: string}}\n"),
        passes(
            "200 without Location",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk504(SpecCase c) {
    c.verify(SpecRules.CREATED_WITHOUT_LOCATION);
  }

  @Test
  void headerRulesTakeTheirStrengthFromTheRegistryButStopAtWarning() {
    // 201 → Location is PRACTICE: a warning. 429 → Retry-After is MAY: only worth knowing.
    assertThat(StatusCodes.of(201).header("Location").orElseThrow().strength().name())
        .isEqualTo("PRACTICE");
    assertThat(SpecRules.CREATED_WITHOUT_LOCATION.rule().severity()).isEqualTo(Severity.WARNING);
    assertThat(SpecRules.RATE_LIMITED_WITHOUT_RETRY_AFTER.rule().severity())
        .isEqualTo(Severity.INFO);
    // 401 → WWW-Authenticate is a MUST, yet a gap in a document is a warning, not an error.
    assertThat(SpecRules.STATUS_WITHOUT_ITS_HEADER.rule().severity()).isEqualTo(Severity.WARNING);
  }

  // ---- SK505 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk505() {
    return Stream.of(
        flags(
            "DELETE 200 without content",
            oas3(
                """
                /orders/{id}:
                  delete:
                    responses:
                      '200': {description: deleted}
                """)),
        flags(
            "DELETE 200 with empty content map",
            oas3(
                """
                /orders/{id}:
                  delete:
                    responses:
                      '200': {description: deleted, content: {}}
                """)),
        passes(
            "DELETE 204",
            oas3(
                """
                /orders/{id}:
                  delete:
                    responses:
                      '204': {description: deleted}
                """)),
        passes(
            "DELETE 200 with the deleted order",
            oas3(
                """
                /orders/{id}:
                  delete:
                    responses:
                      '200':
                        description: deleted
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Order'}
                """)),
        passes(
            "GET 200 without content",
            oas3(
                """
                /ping:
                  get:
                    responses:
                      '200': {description: alive}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk505(SpecCase c) {
    c.verify(SpecRules.DELETE_200_WITHOUT_CONTENT);
  }

  // ---- SK506 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk506() {
    return Stream.of(
        flags(
            "204 with JSON",
            oas3(
                """
                /orders/{id}:
                  delete:
                    responses:
                      '204':
                        description: deleted
                        content:
                          application/json:
                            schema: {type: object}
                """)),
        flags(
            "304 with content",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '304':
                        description: not modified
                        content:
                          text/plain: {}
                """)),
        flags(
            "205 with content",
            oas3(
                """
                /forms:
                  post:
                    responses:
                      '205':
                        description: reset
                        content:
                          text/html: {schema: {type: string}}
                """)),
        passes(
            "204 without content",
            oas3(
                """
                /orders/{id}:
                  delete:
                    responses:
                      '204': {description: deleted}
                """)),
        passes(
            "200 with content",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Order'}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk506(SpecCase c) {
    c.verify(SpecRules.CONTENT_WHERE_FORBIDDEN);
  }

  // ---- SK507 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk507() {
    return Stream.of(
        flags(
            "global bearer, no 401",
            oas3(
                GLOBAL_BEARER,
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                """)),
        flags(
            "operation api key, no 401",
            oas3(
                """
                /orders:
                  get:
                    security: [{key: []}]
                    responses:
                      '200': {description: ok}
                      '403': {description: forbidden}
                """)),
        flags(
            "two schemes required together",
            oas3(
                """
                /orders:
                  get:
                    security: [{key: [], bearer: []}]
                    responses:
                      '200': {description: ok}
                """)),
        passes(
            "global bearer with 401",
            oas3(
                GLOBAL_BEARER,
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      '401': {description: who are you}
                """)),
        passes(
            "global security overridden by security: []",
            oas3(
                GLOBAL_BEARER,
                """
                /health:
                  get:
                    security: []
                    responses:
                      '200': {description: ok}
                """)),
        passes(
            "optional authentication ({} among the requirements)",
            oas3(
                """
                /catalogue:
                  get:
                    security: [{bearer: []}, {}]
                    responses:
                      '200': {description: ok}
                """)),
        passes(
            "not secured",
            oas3(
                """
                /catalogue:
                  get:
                    responses:
                      '200': {description: ok}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk507(SpecCase c) {
    c.verify(SpecRules.SECURED_WITHOUT_401);
  }

  // ---- SK508 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk508() {
    return Stream.of(
        flags(
            "oauth scope, no 403",
            oas3(
                """
                /orders:
                  post:
                    security: [{oauth: [orders:write]}]
                    responses:
                      '201': {description: created}
                      '401': {description: who are you}
                """)),
        flags(
            "openIdConnect without scopes listed",
            oas3(
                """
                /me:
                  get:
                    security: [{oidc: []}]
                    responses:
                      '200': {description: ok}
                """)),
        passes(
            "oauth scope with 403",
            oas3(
                """
                /orders:
                  post:
                    security: [{oauth: [orders:write]}]
                    responses:
                      '201': {description: created}
                      '403': {description: not allowed}
                """)),
        passes(
            "bearer without scopes",
            oas3(
                """
                /orders:
                  get:
                    security: [{bearer: []}]
                    responses:
                      '200': {description: ok}
                """)),
        passes(
            "scopes but public by security: []",
            oas3(
                "security: [{oauth: [orders:read]}]\n",
                """
                /status:
                  get:
                    security: []
                    responses:
                      '200': {description: ok}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk508(SpecCase c) {
    c.verify(SpecRules.SCOPED_WITHOUT_403);
  }

  @Test
  void sk508NamesTheScopes() {
    SpecIssue i =
        only(
            SpecRules.SCOPED_WITHOUT_403,
            oas3(
                """
                /orders:
                  post:
                    security: [{oauth: [orders:write]}]
                    responses:
                      '201': {description: created}
                """));
    assertThat(i.message()).contains("oauth (orders:write)").contains("403");
  }

  // ---- SK509 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk509() {
    return Stream.of(
        flags(
            "GET by id without 404",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                      '400': {description: bad id}
                """)),
        flags(
            "nested path parameters",
            oas3(
                """
                /users/{user}/orders/{order}:
                  delete:
                    responses:
                      '204': {description: deleted}
                """)),
        passes(
            "GET by id with 404",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                      '404': {description: no such order}
                """)),
        passes(
            "404 as a $ref to a shared response",
            oas3(
                    """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                      '404': {$ref: '#/components/responses/NotFound'}
                """)
                + "  responses:\n    NotFound: {description: no such thing}\n"),
        passes(
            "4XX range covers it (SK514's case)",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                      4XX: {description: client error}
                """)),
        passes(
            "collection without parameters",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk509(SpecCase c) {
    c.verify(SpecRules.PATH_PARAMS_WITHOUT_404);
  }

  // ---- SK510 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk510() {
    return Stream.of(
        flags(
            "POST with a body, no 400",
            oas3(
                """
                /orders:
                  post:
                    requestBody:
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Order'}
                    responses:
                      '201': {description: created}
                """)),
        flags(
            "PATCH with a body by $ref, only 409",
            oas3(
                    """
                /orders/{id}:
                  patch:
                    requestBody: {$ref: '#/components/requestBodies/Patch'}
                    responses:
                      '200': {description: ok}
                      '409': {description: conflict}
                """)
                + "  requestBodies:\n"
                + "    Patch: {content: {application/json: {schema: {type: object}}}}\n"),
        passes(
            "POST with 400",
            oas3(
                """
                /orders:
                  post:
                    requestBody:
                      content:
                        application/json: {schema: {type: object}}
                    responses:
                      '201': {description: created}
                      '400': {description: invalid}
                """)),
        passes(
            "POST with 422",
            oas3(
                """
                /orders:
                  post:
                    requestBody:
                      content:
                        application/json: {schema: {type: object}}
                    responses:
                      '201': {description: created}
                      '422': {description: invalid}
                """)),
        passes(
            "POST without a body",
            oas3(
                """
                /orders/{id}/cancel:
                  post:
                    responses:
                      '204': {description: cancelled}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk510(SpecCase c) {
    c.verify(SpecRules.BODY_WITHOUT_400);
  }

  // ---- SK511 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk511() {
    return Stream.of(
        flags(
            "429 without headers",
            oas3(
                """
                /search:
                  get:
                    responses:
                      '200': {description: ok}
                      '429': {description: slow down}
                """)),
        flags(
            "429 with rate-limit headers only",
            oas3(
                """
                /search:
                  get:
                    responses:
                      '429':
                        description: slow down
                        headers:
                          X-RateLimit-Reset: {schema: {type: integer}}
                """)),
        passes(
            "429 with Retry-After",
            oas3(
                """
                /search:
                  get:
                    responses:
                      '429':
                        description: slow down
                        headers:
                          Retry-After: {schema: {type: integer}}
                """)),
        passes(
            "no 429",
            oas3(
                """
                /search:
                  get:
                    responses:
                      '200': {description: ok}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk511(SpecCase c) {
    c.verify(SpecRules.RATE_LIMITED_WITHOUT_RETRY_AFTER);
  }

  // ---- SK512 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk512() {
    return Stream.of(
        flags(
            "301 without Location",
            oas3(
                """
                /old:
                  get:
                    responses:
                      '301': {description: moved}
                """)),
        flags(
            "303 after POST without Location",
            oas3(
                """
                /exports:
                  post:
                    responses:
                      '303': {description: see the export}
                """)),
        flags(
            "307 and 308, both without",
            oas3(
                """
                /v1/orders:
                  get:
                    responses:
                      '307': {description: temporarily elsewhere}
                      '308': {description: permanently elsewhere}
                """)),
        passes(
            "302 with Location",
            oas3(
                """
                /login:
                  get:
                    responses:
                      '302':
                        description: go
                        headers:
                          Location: {schema: {type: string}}
                """)),
        passes(
            "304 needs no Location",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '304': {description: not modified}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk512(SpecCase c) {
    c.verify(SpecRules.REDIRECT_WITHOUT_LOCATION);
  }

  @Test
  void sk512FlagsEachRedirectSeparately() {
    List<SpecIssue> found =
        flags(
                "two",
                oas3(
                    """
                    /v1/orders:
                      get:
                        responses:
                          '307': {description: temporarily elsewhere}
                          '308': {description: permanently elsewhere}
                    """))
            .verify(SpecRules.REDIRECT_WITHOUT_LOCATION);
    assertThat(found)
        .extracting(SpecIssue::pointer)
        .containsExactly(
            "/paths/~1v1~1orders/get/responses/307", "/paths/~1v1~1orders/get/responses/308");
    assertThat(found.get(0).message()).contains("307 Temporary Redirect").contains("Location");
  }

  // ---- SK513 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk513() {
    return Stream.of(
        flags(
            "unofficial 499",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      '499': {description: client went away}
                """)),
        flags(
            "unassigned 299",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '299': {description: ok-ish}
                """)),
        flags(
            "306 is reserved, unused",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '306': {description: switch proxy}
                """)),
        passes(
            "registered codes, ranges and default",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      '422': {description: invalid}
                      5XX: {description: server}
                      default: {description: other}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk513(SpecCase c) {
    c.verify(SpecRules.UNREGISTERED_CODE);
  }

  @Test
  void sk513NamesTheOriginOfAnUnofficialCode() {
    SpecIssue i =
        only(
            SpecRules.UNREGISTERED_CODE,
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '499': {description: client went away}
                """));
    assertThat(i.message()).contains("499").contains("unofficial");
    assertThat(i.fix()).hasValueSatisfying(f -> assertThat(f).contains("400 Bad Request"));
  }

  // ---- SK519 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk519() {
    return Stream.of(
        flags(
            "lower-case range",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      4xx: {description: client errors}
                """)),
        flags(
            "six hundred",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '600': {description: beyond}
                """)),
        flags(
            "a word",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      success: {description: ok}
                """)),
        passes(
            "codes, ranges and default",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      4XX: {description: client}
                      default: {description: other}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk519(SpecCase c) {
    c.verify(SpecRules.NOT_A_STATUS_KEY);
  }

  // ---- SK514 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk514() {
    return Stream.of(
        flags(
            "4XX on a path with parameters, no 404",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                      4XX: {description: client error}
                """)),
        flags(
            "4XX on a secured operation with a body",
            oas3(
                GLOBAL_BEARER,
                """
                /orders:
                  post:
                    requestBody:
                      content:
                        application/json: {schema: {type: object}}
                    responses:
                      '201': {description: created}
                      4XX: {description: client error}
                """)),
        passes(
            "4XX next to the specific codes",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                      '404': {description: missing}
                      4XX: {description: other client errors}
                """)),
        passes(
            "4XX where nothing specific is expected",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      4XX: {description: client error}
                """)),
        passes(
            "no range",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk514(SpecCase c) {
    c.verify(SpecRules.RANGE_FOR_KNOWN_CODES);
  }

  @Test
  void sk514ListsTheCodesTheShapeCallsFor() {
    SpecIssue i =
        only(
            SpecRules.RANGE_FOR_KNOWN_CODES,
            oas3(
                GLOBAL_BEARER,
                """
                /orders/{id}:
                  put:
                    requestBody:
                      content:
                        application/json: {schema: {type: object}}
                    responses:
                      '200': {description: ok}
                      4XX: {description: client error}
                """));
    assertThat(i.message()).contains("404").contains("400").contains("401").doesNotContain("403");
    assertThat(i.pointer()).endsWith("/responses/4XX");
  }

  // ---- SK515 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk515() {
    return Stream.of(
        flags(
            "404 without content",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200': {description: ok}
                      '404': {description: missing}
                """)),
        flags(
            "500 with a media type but no schema",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '500':
                        description: broken
                        content:
                          application/json: {}
                """)),
        flags(
            "default without content",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      default: {description: error}
                """)),
        passes(
            "errors with the shared schema",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '404':
                        description: missing
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Error'}
                """)),
        passes(
            "HEAD has no bodies",
            oas3(
                """
                /orders/{id}:
                  head:
                    responses:
                      '404': {description: missing}
                """)),
        passes(
            "success without content is another rule's business",
            oas3(
                """
                /orders/{id}:
                  delete:
                    responses:
                      '204': {description: deleted}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk515(SpecCase c) {
    c.verify(SpecRules.ERROR_WITHOUT_SCHEMA);
  }

  // ---- SK516 ----------------------------------------------------------------------------------

  private static final String ERROR_REF =
      "content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}";
  private static final String ORDER_REF =
      "content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}";
  private static final String INLINE =
      "content: {application/json: {schema: {type: object, properties: {msg: {type: string}}}}}";
  private static final String PROBLEM =
      "content: {application/problem+json: {schema: {type: object}}}";

  private static String errors(String first, String second, String third) {
    return oas3(
        """
        /orders:
          get:
            responses:
              '200': {description: ok}
              '400': {description: bad, %s}
              '500': {description: broken, %s}
        /orders/{id}:
          get:
            responses:
              '404': {description: missing, %s}
        """
            .formatted(first, second, third));
  }

  static Stream<SpecCase> sk516() {
    return Stream.of(
        flags("one response uses another schema", errors(ERROR_REF, ERROR_REF, ORDER_REF)),
        flags("one response defines its own inline", errors(ERROR_REF, INLINE, ERROR_REF)),
        flags("all inline", errors(INLINE, INLINE, INLINE)),
        flags("problem details for most, one other schema", errors(PROBLEM, PROBLEM, ERROR_REF)),
        passes("all the same $ref", errors(ERROR_REF, ERROR_REF, ERROR_REF)),
        passes("all problem+json, any schema", errors(PROBLEM, PROBLEM, PROBLEM)),
        passes(
            "a single error response",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      '400': {description: bad, %s}
                """
                    .formatted(INLINE))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk516(SpecCase c) {
    c.verify(SpecRules.NO_SHARED_ERROR_SCHEMA);
  }

  @Test
  void sk516PointsAtTheOddOneOut() {
    SpecIssue i = only(SpecRules.NO_SHARED_ERROR_SCHEMA, errors(ERROR_REF, ERROR_REF, ORDER_REF));
    assertThat(i.pointer()).isEqualTo("/paths/~1orders~1{id}/get/responses/404");
    assertThat(i.message())
        .contains("schema Order")
        .contains("most error responses use schema Error");
  }

  // ---- SK517 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk517() {
    return Stream.of(
        flags(
            "success flag that can be false",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema:
                              type: object
                              properties:
                                success: {type: boolean, enum: [true, false]}
                                data: {type: array, items: {type: object}}
                """)),
        flags(
            "error member",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema:
                              type: object
                              properties:
                                data: {type: object}
                                error: {$ref: '#/components/schemas/Error'}
                """)),
        flags(
            "Error among the alternatives",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200':
                        description: the order, or why not
                        content:
                          application/json:
                            schema:
                              oneOf:
                                - $ref: '#/components/schemas/Order'
                                - {type: object, properties: {errorCode: {type: string}}}
                """)),
        passes(
            "plain result",
            oas3(
                """
                /orders/{id}:
                  get:
                    responses:
                      '200':
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Order'}
                """)),
        passes(
            "success flag that is always true",
            oas3(
                """
                /orders:
                  post:
                    responses:
                      '202':
                        description: accepted
                        content:
                          application/json:
                            schema:
                              type: object
                              properties:
                                success: {type: boolean, enum: [true]}
                """)),
        passes(
            "error member on a 4xx is what it is for",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '400':
                        description: bad
                        content:
                          application/json:
                            schema: {type: object, properties: {error: {type: string}}}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk517(SpecCase c) {
    c.verify(SpecRules.SUCCESS_SHAPED_LIKE_ERROR);
  }

  // ---- SK518 ----------------------------------------------------------------------------------

  static Stream<SpecCase> sk518() {
    return Stream.of(
        flags(
            "401 without WWW-Authenticate",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '401': {description: who are you}
                """)),
        flags(
            "405 without Allow",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '405': {description: not this method}
                """)),
        flags(
            "206 without Content-Range",
            oas3(
                """
                /files/{id}:
                  get:
                    responses:
                      '206': {description: part}
                """)),
        passes(
            "401 with WWW-Authenticate",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '401':
                        description: who are you
                        headers:
                          WWW-Authenticate: {schema: {type: string}}
                """)),
        passes(
            "codes with no defining header",
            oas3(
                """
                /orders:
                  get:
                    responses:
                      '200': {description: ok}
                      '404': {description: missing}
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk518(SpecCase c) {
    c.verify(SpecRules.STATUS_WITHOUT_ITS_HEADER);
  }

  // ---- the catalogue --------------------------------------------------------------------------

  @Test
  void everySpecRuleHasItsOwnIdInTheSk5Range() {
    assertThat(SpecRules.ALL)
        .extracting(r -> r.rule().id())
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(id).matches("SK5[01]\\d"));
  }

  @Test
  void specRulesFindNothingInAnExchange() {
    var exchange = dev.statuskit.exchange.Exchange.builder().status(201).build();
    var verdict = dev.statuskit.rules.Rules.catalogue().plus(OpenApiLint.rules()).check(exchange);
    assertThat(verdict.findings()).noneMatch(f -> f.rule().id().startsWith("SK5"));
  }

  @Test
  void everyRationaleSaysTheRuleJudgesASpec() {
    assertThat(OpenApiLint.rules())
        .allSatisfy(r -> assertThat(r.rationale()).contains("judges an OpenAPI document"));
  }
}
