package dev.statuskit.openapi;

import static dev.statuskit.openapi.SpecCheck.perOperation;

import dev.statuskit.registry.HeaderRequirement;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.registry.Strength;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Example;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SK5xx: how a spec documents status codes, before anything runs. Each rule judges the documented
 * responses of an operation (or, for SK516, of all operations); facts about codes (which header
 * goes with which code and how strongly, which codes may carry content, which are registered) come
 * from the registry.
 */
final class SpecRules {
  private SpecRules() {}

  private static final String JUDGES_A_SPEC =
      " This rule judges an OpenAPI document (statuskit check spec.yaml), not a recorded exchange.";

  private static final String OPENAPI_RESPONSES =
      "https://spec.openapis.org/oas/v3.1.0#responses-object";

  // ---- SK501 ----------------------------------------------------------------------------------

  static final SpecRule NO_SUCCESS =
      rule(
          Rule.define("SK501")
              .title("Operation documents no success response")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "The status a client checks first is the one that says it worked. An operation"
                      + " that documents only errors, or only 'default', leaves client generators"
                      + " without a success type and readers guessing whether 200, 201 or 204"
                      + " comes back. Operations that only redirect (3xx) or switch protocols"
                      + " (101) are fine."
                      + JUDGES_A_SPEC)
              .link(OPENAPI_RESPONSES)
              .fix(
                  "Document the success response under its own code (200, 201, 202 or 204) with"
                      + " its content, and keep 'default' for errors.")
              .example(
                  Example.flagged(
                      "Only errors documented: what does success look like?",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        responses:
                          '400': {description: unknown filter}
                          default: {description: anything else}
                  """))
              .example(
                  Example.passing(
                      "The success response has its own code",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        responses:
                          '200': {description: the orders}
                          '400': {description: unknown filter}
                  """)),
          perOperation(SpecRules::noSuccess));

  static List<SpecIssue> noSuccess(SpecOperation op) {
    if (op.coversClass(2) || op.coversClass(3) || op.documents(101)) {
      return List.of();
    }
    String what =
        op.responses().isEmpty()
            ? "documents no response at all"
            : op.responses().stream().allMatch(SpecResponse::isDefault)
                ? "documents only a 'default' response, so clients cannot tell success by status"
                : "documents no 2xx response, only " + keys(op.responses());
    return List.of(SpecIssue.at(op, op.label() + " " + what));
  }

  // ---- SK502 ----------------------------------------------------------------------------------

  static final SpecRule NO_CLIENT_ERROR =
      rule(
          Rule.define("SK502")
              .title("Operation documents no 4xx response")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "Every operation can be called wrongly: a malformed request, a missing"
                      + " resource, missing credentials. Without any 4xx documented, clients do"
                      + " not know which codes to handle or what the error body looks like, and"
                      + " 'default' alone does not say whether the fault is theirs (4xx, do not"
                      + " retry) or the server's (5xx). Operations that take no input at all"
                      + " (no parameters, no body, no credentials) are left alone."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5")
              .fix(
                  "Document the 4xx codes the operation really returns (400 or 422 for invalid"
                      + " input, 404 for an unknown resource, 401/403 when secured) with an"
                      + " error schema.")
              .example(
                  Example.flagged(
                      "A filter parameter, and no word of what happens when it is wrong",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        parameters:
                          - {name: status, in: query, schema: {type: string}}
                        responses:
                          '200': {description: the orders}
                  """))
              .example(
                  Example.passing(
                      "The client error is documented",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        parameters:
                          - {name: status, in: query, schema: {type: string}}
                        responses:
                          '200': {description: the orders}
                          '400': {description: unknown status}
                  """)),
          perOperation(SpecRules::noClientError));

  static List<SpecIssue> noClientError(SpecOperation op) {
    if (op.coversClass(4) || !op.coversClass(2) || !takesInput(op)) {
      // No success documented either: SK501 says what matters more. No input at all (GET
      // /health): nothing the client can get wrong but the URL, which is no operation's business.
      return List.of();
    }
    String how =
        op.hasDefault()
            ? " (errors are documented only under 'default', which does not say whose fault)"
            : "";
    return List.of(SpecIssue.at(op, op.label() + " documents no 4xx response" + how));
  }

  /** Whether a client sends the operation anything it can get wrong. */
  private static boolean takesInput(SpecOperation op) {
    return !op.parameters().isEmpty()
        || op.hasPathParameters()
        || op.requestBody().isPresent()
        || op.isSecured();
  }

  // ---- SK503 ----------------------------------------------------------------------------------

  static final SpecRule CREATE_WITHOUT_201 =
      rule(
          Rule.define("SK503")
              .title("POST that creates documents 200 instead of 201")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "201 Created tells the client that a new resource exists and (with Location)"
                      + " where; 200 only says the request worked. A POST to a collection whose"
                      + " items have their own path, or one that answers with an object carrying an"
                      + " id, is creating something, and clients and caches gain from being told"
                      + " so."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2")
              .fix(
                  "Document 201 Created (with a Location header) for the creating POST; keep 200"
                      + " for POSTs that only process something and create nothing.")
              .example(
                  Example.flagged(
                      "A POST that answers with the new order's id, documented as 200",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      post:
                        responses:
                          '200':
                            description: the order
                            content:
                              application/json:
                                schema: {type: object, properties: {id: {type: string}}}
                  """))
              .example(
                  Example.passing(
                      "The creating POST documents 201",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      post:
                        responses:
                          '201':
                            description: the new order
                            headers:
                              Location: {schema: {type: string}}
                            content:
                              application/json:
                                schema: {type: object, properties: {id: {type: string}}}
                  """)),
          perOperation(SpecRules::createWithout201));

  static List<SpecIssue> createWithout201(SpecOperation op) {
    if (!op.method().equals("POST") || op.documents(201)) {
      return List.of();
    }
    Optional<SpecResponse> ok = op.response(200);
    if (ok.isEmpty()) {
      return List.of();
    }
    Spec spec = op.spec();
    Optional<Schema<?>> body = ok.get().schema();
    boolean array = body.map(s -> Schemas.isType(spec, s, "array")).orElse(false);
    Optional<String> item = itemPath(op);
    Optional<String> id =
        body.flatMap(
            s ->
                Schemas.properties(spec, s).keySet().stream()
                    .filter(SpecRules::isIdName)
                    .findFirst());
    String because;
    if (item.isPresent() && !array) {
      because = "it posts to a collection whose items live at " + item.get();
    } else if (id.isPresent()) {
      because = "its 200 body carries an '" + id.get() + "'";
    } else {
      return List.of();
    }
    return List.of(
        SpecIssue.at(
            op,
            ok.get(),
            op.label()
                + " looks like it creates a resource ("
                + because
                + ") but documents 200 OK, not 201 Created"));
  }

  /** The item path of a collection: for POST /orders, a documented /orders/{id}. */
  private static Optional<String> itemPath(SpecOperation op) {
    String prefix = op.path().endsWith("/") ? op.path() : op.path() + "/";
    return op.spec().operations().stream()
        .map(SpecOperation::path)
        .filter(p -> p.startsWith(prefix) && p.substring(prefix.length()).matches("\\{[^/}]+}/?"))
        .findFirst();
  }

  private static boolean isIdName(String property) {
    String p = property.toLowerCase(Locale.ROOT);
    return p.equals("id") || p.equals("_id") || p.equals("uuid");
  }

  // ---- SK504, SK511, SK512, SK518: headers that go with a documented code --------------------

  static final SpecRule CREATED_WITHOUT_LOCATION =
      undocumentedHeader(
          Rule.define("SK504")
              .title("201 documented without a Location header")
              .category(Category.OPENAPI)
              .rationale(
                  "A 201 says a resource was created, and Location is how the client learns its"
                      + " URI without digging through the body. When the spec does not document"
                      + " it, generated clients do not expose it and implementers forget to send"
                      + " it."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2")
              .fix(
                  "Add a Location header to the 201 response: headers: {Location: {description:"
                      + " URI of the new resource, schema: {type: string, format: uri-reference}}}.")
              .example(
                  Example.flagged(
                      "201 documented without Location",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      post:
                        responses:
                          '201': {description: the new order}
                  """))
              .example(
                  Example.passing(
                      "Location documented on the 201",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      post:
                        responses:
                          '201':
                            description: the new order
                            headers:
                              Location: {description: URI of the new order, schema: {type: string}}
                  """)),
          Map.of(201, "Location"));

  static final SpecRule RATE_LIMITED_WITHOUT_RETRY_AFTER =
      undocumentedHeader(
          Rule.define("SK511")
              .title("429 documented without Retry-After")
              .category(Category.OPENAPI)
              .rationale(
                  "A 429 tells the client to slow down; Retry-After tells it for how long, and it"
                      + " is the one header generic retry libraries read. Documenting it is what"
                      + " lets client authors back off correctly instead of hammering the API."
                      + " Rate-limit headers (RateLimit, X-RateLimit-Reset) help too, but are not"
                      + " read by generic clients."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc6585#section-4")
              .fix(
                  "Add a Retry-After header (seconds to wait, an integer) to the 429 response,"
                      + " next to any rate-limit headers.")
              .example(
                  Example.flagged(
                      "429 documented without Retry-After",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /search:
                      get:
                        responses:
                          '200': {description: the results}
                          '429': {description: too many searches}
                  """))
              .example(
                  Example.passing(
                      "Retry-After documented on the 429",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /search:
                      get:
                        responses:
                          '200': {description: the results}
                          '429':
                            description: too many searches
                            headers:
                              Retry-After: {description: seconds to wait, schema: {type: integer}}
                  """)),
          Map.of(429, "Retry-After"));

  static final SpecRule REDIRECT_WITHOUT_LOCATION =
      undocumentedHeader(
          Rule.define("SK512")
              .title("Redirect documented without Location")
              .category(Category.OPENAPI)
              .rationale(
                  "A redirect is only useful with the URI to go to, carried by Location. A"
                      + " 3xx documented without it describes a response clients cannot follow,"
                      + " and an implementation written from the spec may leave it out."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.4")
              .fix("Add a Location header (the target URI) to the redirect response.")
              .example(
                  Example.flagged(
                      "A redirect documented without where it leads",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /catalog:
                      get:
                        responses:
                          '301': {description: moved to /v2/catalog}
                  """))
              .example(
                  Example.passing(
                      "Location documented on the redirect",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /catalog:
                      get:
                        responses:
                          '301':
                            description: moved
                            headers:
                              Location: {schema: {type: string}}
                  """)),
          redirectsWithLocation());

  static final SpecRule STATUS_WITHOUT_ITS_HEADER =
      undocumentedHeader(
          Rule.define("SK518")
              .title("Status documented without the header that defines it")
              .category(Category.OPENAPI)
              .rationale(
                  "Some codes are defined together with a header: 401 with WWW-Authenticate (how to"
                      + " authenticate), 405 with Allow (which methods work), 407 with"
                      + " Proxy-Authenticate, 206 and 416 with Content-Range, 426 with Upgrade."
                      + " A spec that documents the code without the header hides the part of the"
                      + " answer the client needs to act on it."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15")
              .fix("Document the header on the response, with its schema and an example.")
              .example(
                  Example.flagged(
                      "405 documented without Allow",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /invoices/{id}:
                      delete:
                        parameters:
                          - {name: id, in: path, required: true, schema: {type: string}}
                        responses:
                          '204': {description: deleted}
                          '405': {description: invoices that were sent cannot be deleted}
                  """))
              .example(
                  Example.passing(
                      "Allow documented on the 405",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /invoices/{id}:
                      delete:
                        parameters:
                          - {name: id, in: path, required: true, schema: {type: string}}
                        responses:
                          '204': {description: deleted}
                          '405':
                            description: invoices that were sent cannot be deleted
                            headers:
                              Allow: {description: the methods that work, schema: {type: string}}
                  """)),
          Map.of(
              401, "WWW-Authenticate",
              405, "Allow",
              407, "Proxy-Authenticate",
              206, "Content-Range",
              416, "Content-Range",
              426, "Upgrade"));

  /** The redirect codes for which the registry asks for Location more than optionally. */
  private static Map<Integer, String> redirectsWithLocation() {
    Map<Integer, String> codes = new TreeMap<>();
    for (StatusCode c : StatusCodes.inClass(StatusClass.REDIRECTION)) {
      c.header("Location")
          .filter(h -> h.strength() != Strength.MAY)
          .ifPresent(h -> codes.put(c.code(), "Location"));
    }
    return codes;
  }

  /**
   * A rule that flags documented codes lacking the header the registry pairs them with. Its
   * severity follows the registry's strength, but at most a warning: a spec that leaves a header
   * out is a gap in the documentation, not yet a server that fails to send it (SK1xx judge that).
   */
  private static SpecRule undocumentedHeader(Rule.Builder rule, Map<Integer, String> headers) {
    Map<Integer, HeaderRequirement> requirements = new TreeMap<>();
    headers.forEach(
        (code, name) ->
            requirements.put(
                code,
                StatusCodes.of(code)
                    .header(name)
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "the registry pairs no " + name + " with " + code))));
    Severity severity =
        requirements.values().stream()
            .map(r -> documentationSeverity(Severity.forMissing(r.strength())))
            .min(Comparator.naturalOrder())
            .orElseThrow();
    SpecCheck check =
        perOperation(
            op -> {
              List<SpecIssue> out = new ArrayList<>();
              for (SpecResponse r : op.responses()) {
                HeaderRequirement req = r.code().map(requirements::get).orElse(null);
                if (req == null || r.documentsHeader(req.name())) {
                  continue;
                }
                out.add(
                    SpecIssue.at(
                        op,
                        r,
                        op.label()
                            + " documents "
                            + StatusCodes.of(r.code().get())
                            + " but not its "
                            + req.name()
                            + " header ("
                            + req.strength()
                            + ", "
                            + req.source()
                            + ")"));
              }
              return out;
            });
    return rule(rule.severity(severity), check);
  }

  private static Severity documentationSeverity(Severity s) {
    return s == Severity.ERROR ? Severity.WARNING : s;
  }

  // ---- SK505 ----------------------------------------------------------------------------------

  static final SpecRule DELETE_200_WITHOUT_CONTENT =
      rule(
          Rule.define("SK505")
              .title("DELETE documents 200 with no content")
              .category(Category.OPENAPI)
              .severity(Severity.INFO)
              .rationale(
                  "204 No Content is the code for a success with nothing to say; a 200 promises"
                      + " a body. A DELETE documented as 200 with no content tells clients to"
                      + " expect a representation that never comes, and some try to parse an empty"
                      + " body."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5")
              .fix(
                  "Document 204 No Content for the DELETE, or keep 200 and document the body it"
                      + " returns (e.g. the deleted resource or a status message).")
              .example(
                  Example.flagged(
                      "DELETE documented as 200 with nothing in it",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders/{id}:
                      delete:
                        parameters:
                          - {name: id, in: path, required: true, schema: {type: string}}
                        responses:
                          '200': {description: deleted}
                          '404': {description: no such order}
                  """))
              .example(
                  Example.passing(
                      "DELETE documented as 204",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders/{id}:
                      delete:
                        parameters:
                          - {name: id, in: path, required: true, schema: {type: string}}
                        responses:
                          '204': {description: deleted}
                          '404': {description: no such order}
                  """)),
          perOperation(SpecRules::delete200WithoutContent));

  static List<SpecIssue> delete200WithoutContent(SpecOperation op) {
    if (!op.method().equals("DELETE")) {
      return List.of();
    }
    return op.response(200)
        .filter(r -> !r.hasContent())
        .map(
            r ->
                List.of(
                    SpecIssue.at(
                        op,
                        r,
                        op.label() + " documents 200 OK with no content; 204 No Content is meant")))
        .orElse(List.of());
  }

  // ---- SK506 ----------------------------------------------------------------------------------

  static final SpecRule CONTENT_WHERE_FORBIDDEN =
      rule(
          Rule.define("SK506")
              .title("Content documented for a status that has none")
              .category(Category.OPENAPI)
              .severity(Severity.ERROR)
              .rationale(
                  "Responses with 1xx, 204, 205 and 304 end after their headers: clients read no"
                      + " content after them. Documenting a body there invites implementations to"
                      + " send one, which is lost or, on a kept-alive connection, corrupts the next"
                      + " response."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1")
              .fix(
                  "Remove the content from the response, or document 200 OK with the body if the"
                      + " client needs data back.")
              .example(
                  Example.flagged(
                      "A body documented for 204 No Content",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /sessions/current:
                      delete:
                        responses:
                          '204':
                            description: signed out
                            content:
                              application/json:
                                schema: {type: object}
                  """))
              .example(
                  Example.passing(
                      "204 documented without content",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /sessions/current:
                      delete:
                        responses:
                          '204': {description: signed out}
                  """)),
          perOperation(SpecRules::contentWhereForbidden));

  static List<SpecIssue> contentWhereForbidden(SpecOperation op) {
    List<SpecIssue> out = new ArrayList<>();
    for (SpecResponse r : op.responses()) {
      Optional<StatusCode> code = r.code().map(StatusCodes::of);
      if (code.isPresent() && !code.get().bodyAllowed() && r.hasContent()) {
        out.add(
            SpecIssue.at(
                op,
                r,
                op.label()
                    + " documents content ("
                    + String.join(", ", r.mediaTypes())
                    + ") for "
                    + code.get()
                    + ", which never has content"));
      }
    }
    return out;
  }

  // ---- SK507 ----------------------------------------------------------------------------------

  static final SpecRule SECURED_WITHOUT_401 =
      rule(
          Rule.define("SK507")
              .title("Secured operation documents no 401")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "An operation that requires credentials will answer 401 Unauthorized to a"
                      + " request without valid ones. Leaving 401 out of the spec hides the most"
                      + " common failure of a secured API from client authors, who then do not"
                      + " handle token expiry and re-authentication."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2")
              .fix(
                  "Document 401 Unauthorized, with a WWW-Authenticate header and the error"
                      + " schema; or mark the operation public with security: [] if it is.")
              .example(
                  Example.flagged(
                      "A bearer token required, and no 401 documented",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /account:
                      get:
                        security: [{bearer: []}]
                        responses:
                          '200': {description: the account}
                  components:
                    securitySchemes:
                      bearer: {type: http, scheme: bearer}
                  """))
              .example(
                  Example.passing(
                      "401 documented for a missing or expired token",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /account:
                      get:
                        security: [{bearer: []}]
                        responses:
                          '200': {description: the account}
                          '401':
                            description: no valid token
                            headers:
                              WWW-Authenticate: {schema: {type: string}}
                  components:
                    securitySchemes:
                      bearer: {type: http, scheme: bearer}
                  """)),
          perOperation(SpecRules::securedWithout401));

  static List<SpecIssue> securedWithout401(SpecOperation op) {
    if (!op.isSecured() || op.covers(401)) {
      return List.of();
    }
    return List.of(
        SpecIssue.at(
            op, op.label() + " requires " + schemes(op) + " but documents no 401 Unauthorized"));
  }

  // ---- SK508 ----------------------------------------------------------------------------------

  static final SpecRule SCOPED_WITHOUT_403 =
      rule(
          Rule.define("SK508")
              .title("Operation requiring scopes documents no 403")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "When an operation needs particular scopes or roles, a caller with a valid token"
                      + " that lacks them gets 403 Forbidden: authenticating again will not help."
                      + " Documenting only 401 leads clients to loop on re-authentication instead"
                      + " of telling the user they lack a permission."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4")
              .fix("Document 403 Forbidden with the error schema for callers lacking the scope.")
              .example(
                  Example.flagged(
                      "A scope required, and no 403 for tokens without it",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        security: [{oauth: [orders.read]}]
                        responses:
                          '200': {description: the orders}
                          '401': {description: no valid token}
                  components:
                    securitySchemes:
                      oauth:
                        type: oauth2
                        flows:
                          clientCredentials:
                            tokenUrl: https://auth.example/token
                            scopes: {orders.read: read orders}
                  """))
              .example(
                  Example.passing(
                      "403 documented for a token that lacks the scope",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        security: [{oauth: [orders.read]}]
                        responses:
                          '200': {description: the orders}
                          '401': {description: no valid token}
                          '403': {description: the token lacks orders.read}
                  components:
                    securitySchemes:
                      oauth:
                        type: oauth2
                        flows:
                          clientCredentials:
                            tokenUrl: https://auth.example/token
                            scopes: {orders.read: read orders}
                  """)),
          perOperation(SpecRules::scopedWithout403));

  static List<SpecIssue> scopedWithout403(SpecOperation op) {
    if (!op.requiresScopes() || op.covers(403)) {
      return List.of();
    }
    return List.of(
        SpecIssue.at(
            op, op.label() + " requires " + schemes(op) + " but documents no 403 Forbidden"));
  }

  /** "oauth (orders:write)", "bearer". */
  private static String schemes(SpecOperation op) {
    return op.security().stream()
        .flatMap(r -> r.entrySet().stream())
        .map(
            e ->
                e.getValue() == null || e.getValue().isEmpty()
                    ? e.getKey()
                    : e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
        .distinct()
        .collect(Collectors.joining(" or "));
  }

  // ---- SK509 ----------------------------------------------------------------------------------

  static final SpecRule PATH_PARAMS_WITHOUT_404 =
      rule(
          Rule.define("SK509")
              .title("Operation on a path with parameters documents no 404")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "A path with parameters (/orders/{id}) names a resource that may not exist;"
                      + " the answer for one that does not is 404 Not Found. Without it in the"
                      + " spec, clients do not expect it and implementations drift to 200 with"
                      + " an empty body, 400, or a 500 from a failed lookup."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5")
              .fix("Document 404 Not Found with the error schema.")
              .example(
                  Example.flagged(
                      "An order by id, and no 404 for an id that does not exist",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders/{id}:
                      get:
                        parameters:
                          - {name: id, in: path, required: true, schema: {type: string}}
                        responses:
                          '200': {description: the order}
                  """))
              .example(
                  Example.passing(
                      "404 documented",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders/{id}:
                      get:
                        parameters:
                          - {name: id, in: path, required: true, schema: {type: string}}
                        responses:
                          '200': {description: the order}
                          '404': {description: no such order}
                  """)),
          perOperation(SpecRules::pathParamsWithout404));

  static List<SpecIssue> pathParamsWithout404(SpecOperation op) {
    if (!op.hasPathParameters() || op.covers(404)) {
      return List.of();
    }
    return List.of(
        SpecIssue.at(
            op, op.label() + " names a resource by its path but documents no 404 Not Found"));
  }

  // ---- SK510 ----------------------------------------------------------------------------------

  static final SpecRule BODY_WITHOUT_400 =
      rule(
          Rule.define("SK510")
              .title("Operation taking a request body documents neither 400 nor 422")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "Any operation that reads a body will be sent invalid ones: malformed JSON,"
                      + " missing fields, wrong types. 400 Bad Request (or 422 for content that"
                      + " parses but fails validation) is how it says so; leaving both out of the"
                      + " spec leaves clients without the validation error format."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1")
              .fix(
                  "Document 400 Bad Request (and 422 if the API tells parse errors from"
                      + " validation errors) with an error schema that lists the invalid fields.")
              .example(
                  Example.flagged(
                      "A request body, and no answer documented for an invalid one",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      post:
                        requestBody:
                          content:
                            application/json:
                              schema: {type: object, properties: {sku: {type: integer}}}
                        responses:
                          '201': {description: the new order}
                  """))
              .example(
                  Example.passing(
                      "422 documented for an invalid body",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      post:
                        requestBody:
                          content:
                            application/json:
                              schema: {type: object, properties: {sku: {type: integer}}}
                        responses:
                          '201': {description: the new order}
                          '422': {description: the order is invalid}
                  """)),
          perOperation(SpecRules::bodyWithout400));

  static List<SpecIssue> bodyWithout400(SpecOperation op) {
    if (op.requestBody().isEmpty() || op.covers(400) || op.covers(422)) {
      return List.of();
    }
    return List.of(
        SpecIssue.at(
            op,
            op.label()
                + " takes a request body but documents neither 400 nor 422 for invalid"
                + " ones"));
  }

  // ---- SK513 ----------------------------------------------------------------------------------

  static final SpecRule UNREGISTERED_CODE =
      rule(
          Rule.define("SK513")
              .title("Unregistered or unofficial status code documented")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "Clients, proxies and libraries know the codes of the IANA registry. A code"
                      + " outside it (an unassigned number, a vendor's own like 499 or 520) is"
                      + " treated as the generic code of its class, so its special meaning is"
                      + " lost; a registered code marked obsolete or unused means nothing today."
                      + JUDGES_A_SPEC)
              .link("https://www.iana.org/assignments/http-status-codes")
              .fix(
                  "Use the registered code that fits (statuskit search helps) and put the detail"
                      + " in the error body.")
              .example(
                  Example.flagged(
                      "499, a code of one web server's logs, documented as an answer",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /reports:
                      get:
                        responses:
                          '200': {description: the report}
                          '499': {description: the client gave up}
                  """))
              .example(
                  Example.passing(
                      "Only registered codes",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /reports:
                      get:
                        responses:
                          '200': {description: the report}
                          '503': {description: reports are being rebuilt}
                  """)),
          perOperation(SpecRules::unregisteredCode));

  static List<SpecIssue> unregisteredCode(SpecOperation op) {
    List<SpecIssue> out = new ArrayList<>();
    for (SpecResponse r : op.responses()) {
      if (r.code().isEmpty()) {
        continue;
      }
      StatusCode code = StatusCodes.of(r.code().get());
      String why =
          switch (code.standing()) {
            case STANDARD, PROVISIONAL -> null;
            case UNOFFICIAL ->
                " is unofficial ("
                    + code.phrase()
                    + ", used by "
                    + code.origin().orElse("some servers")
                    + ")";
            case UNASSIGNED -> " is not assigned in the IANA registry";
            default -> " is " + code.standing().label() + " (" + code.phrase() + ")";
          };
      if (why != null) {
        out.add(
            SpecIssue.at(op, r, op.label() + " documents " + code.code() + ", which" + why)
                .withFix(
                    "Use "
                        + StatusCodes.of(code.statusClass().generic())
                        + " or a more specific registered code, and explain in the body."));
      }
    }
    return out;
  }

  // ---- SK519 ----------------------------------------------------------------------------------

  static final SpecRule NOT_A_STATUS_KEY =
      rule(
          Rule.define("SK519")
              .title("Response key that is not a status code")
              .category(Category.OPENAPI)
              .severity(Severity.ERROR)
              .rationale(
                  "The keys of 'responses' are three-digit status codes from 100 to 599,"
                      + " 'default', and (in OpenAPI 3) the ranges 1XX to 5XX with upper-case X."
                      + " Any other key documents a response no server can send; tools ignore it"
                      + " or reject the document. Swagger 2.0 has no range keys at all."
                      + JUDGES_A_SPEC)
              .link(OPENAPI_RESPONSES)
              .fix("Use a status code between 100 and 599, a range such as 4XX, or 'default'.")
              .example(
                  Example.flagged(
                      "A range key with a lower-case x",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        responses:
                          '200': {description: the orders}
                          4xx: {description: client errors}
                  """))
              .example(
                  Example.passing(
                      "The range written as OpenAPI has it",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        responses:
                          '200': {description: the orders}
                          4XX: {description: client errors}
                  """)),
          perOperation(SpecRules::notAStatusKey));

  static List<SpecIssue> notAStatusKey(SpecOperation op) {
    List<SpecIssue> out = new ArrayList<>();
    for (SpecResponse r : op.responses()) {
      boolean range = r.rangeDigit().isPresent();
      if (r.code().isPresent() || r.isDefault() || (range && !op.spec().isSwagger2())) {
        continue;
      }
      String why =
          range
              ? "a range key, which Swagger 2.0 does not allow"
              : r.key().matches("[1-5][xX]{2}")
                  ? "a range key with a lower-case x; OpenAPI asks for "
                      + r.key().toUpperCase(Locale.ROOT)
                  : "not a status code";
      out.add(
          SpecIssue.at(
              op, r, op.label() + " documents a response under '" + r.key() + "': " + why));
    }
    return out;
  }

  // ---- SK514 ----------------------------------------------------------------------------------

  static final SpecRule RANGE_FOR_KNOWN_CODES =
      rule(
          Rule.define("SK514")
              .title("Range key stands in for codes the operation is known to return")
              .category(Category.OPENAPI)
              .severity(Severity.INFO)
              .rationale(
                  "A range key like 4XX is a catch-all for codes nobody can list; it tells client"
                      + " authors nothing about which ones to handle. When the operation's shape"
                      + " says which codes come back (404 for a path with parameters, 400 for a"
                      + " request body, 401 and 403 for security), name them; keep the range for"
                      + " the rest."
                      + JUDGES_A_SPEC)
              .link(OPENAPI_RESPONSES)
              .fix("Document the specific codes next to the range, each with its meaning.")
              .example(
                  Example.flagged(
                      "4XX where 404 is certain",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders/{id}:
                      get:
                        parameters:
                          - {name: id, in: path, required: true, schema: {type: string}}
                        responses:
                          '200': {description: the order}
                          4XX: {description: some client error}
                  """))
              .example(
                  Example.passing(
                      "404 named, 4XX for the rest",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders/{id}:
                      get:
                        parameters:
                          - {name: id, in: path, required: true, schema: {type: string}}
                        responses:
                          '200': {description: the order}
                          '404': {description: no such order}
                          4XX: {description: some other client error}
                  """)),
          perOperation(SpecRules::rangeForKnownCodes));

  static List<SpecIssue> rangeForKnownCodes(SpecOperation op) {
    Optional<SpecResponse> range =
        op.responses().stream().filter(r -> r.rangeDigit().orElse(0) == 4).findFirst();
    if (range.isEmpty()) {
      return List.of();
    }
    Map<Integer, String> expected = new LinkedHashMap<>();
    if (op.hasPathParameters()) {
      expected.put(404, "the path names a resource");
    }
    if (op.requestBody().isPresent() && !op.documents(422)) {
      expected.put(400, "it takes a request body");
    }
    if (op.isSecured()) {
      expected.put(401, "it is secured");
    }
    if (op.requiresScopes()) {
      expected.put(403, "it requires scopes");
    }
    expected.keySet().removeIf(op::documents);
    if (expected.isEmpty()) {
      return List.of();
    }
    String list =
        expected.entrySet().stream()
            .map(e -> e.getKey() + " (" + e.getValue() + ")")
            .collect(Collectors.joining(", "));
    return List.of(
        SpecIssue.at(
            op,
            range.get(),
            op.label() + " documents 4XX where specific codes are known: " + list));
  }

  // ---- SK515 ----------------------------------------------------------------------------------

  static final SpecRule ERROR_WITHOUT_SCHEMA =
      rule(
          Rule.define("SK515")
              .title("Error response documented without a schema")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "An error status says that something failed; the body says what and how to fix"
                      + " it. An error response documented without content or schema leaves"
                      + " client authors to discover the error format by trial, and lets"
                      + " implementations send anything, including HTML error pages."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9457")
              .fix(
                  "Document the error body: a shared Error schema under components, or"
                      + " application/problem+json (RFC 9457).")
              .example(
                  Example.flagged(
                      "An error documented with no body",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        responses:
                          '200': {description: the orders}
                          '400': {description: unknown filter}
                  """))
              .example(
                  Example.passing(
                      "The error body has a schema",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        responses:
                          '200': {description: the orders}
                          '400':
                            description: unknown filter
                            content:
                              application/problem+json:
                                schema: {type: object, properties: {title: {type: string}}}
                  """)),
          perOperation(SpecRules::errorWithoutSchema));

  static List<SpecIssue> errorWithoutSchema(SpecOperation op) {
    if (op.method().equals("HEAD")) {
      return List.of();
    }
    List<SpecIssue> out = new ArrayList<>();
    for (SpecResponse r : errorResponses(op)) {
      if (r.schema().isEmpty()) {
        out.add(
            SpecIssue.at(
                op,
                r,
                op.label()
                    + " documents '"
                    + r.key()
                    + "' with "
                    + (r.hasContent() ? "content but no schema" : "no content")));
      }
    }
    return out;
  }

  /** The error responses of an operation: 4xx and 5xx codes and ranges, and 'default'. */
  private static List<SpecResponse> errorResponses(SpecOperation op) {
    return op.responses().stream().filter(r -> r.isError() || r.isDefault()).toList();
  }

  // ---- SK516 ----------------------------------------------------------------------------------

  static final SpecRule NO_SHARED_ERROR_SCHEMA =
      rule(
          Rule.define("SK516")
              .title("Error responses do not share one error schema")
              .category(Category.OPENAPI)
              .severity(Severity.INFO)
              .rationale(
                  "Clients handle errors in one place; that only works if every error body has"
                      + " the same shape. A spec whose error responses use different schemas, or"
                      + " inline ones, makes every client write a parser per endpoint. One shared"
                      + " schema under components, or RFC 9457 problem details, solves it."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9457#section-3")
              .fix(
                  "Define one error schema under components (or use application/problem+json) and"
                      + " $ref it from every error response.")
              .example(
                  Example.flagged(
                      "Orders and users report errors in two shapes",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        responses:
                          '200': {description: the orders}
                          '400':
                            description: unknown filter
                            content:
                              application/json:
                                schema: {$ref: '#/components/schemas/Error'}
                    /users:
                      get:
                        responses:
                          '200': {description: the users}
                          '400':
                            description: unknown filter
                            content:
                              application/json:
                                schema: {type: object, properties: {msg: {type: string}}}
                  components:
                    schemas:
                      Error: {type: object, properties: {code: {type: string}, message: {type: string}}}
                  """))
              .example(
                  Example.passing(
                      "Every error refers to the one Error schema",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /orders:
                      get:
                        responses:
                          '200': {description: the orders}
                          '400':
                            description: unknown filter
                            content:
                              application/json:
                                schema: {$ref: '#/components/schemas/Error'}
                    /users:
                      get:
                        responses:
                          '200': {description: the users}
                          '400':
                            description: unknown filter
                            content:
                              application/json:
                                schema: {$ref: '#/components/schemas/Error'}
                  components:
                    schemas:
                      Error: {type: object, properties: {code: {type: string}, message: {type: string}}}
                  """)),
          SpecRules::noSharedErrorSchema);

  /** "problem", "ref:Error" or "inline": how an error response describes its body. */
  private static Optional<String> errorShape(SpecResponse r) {
    if (r.mediaTypes().stream().anyMatch(t -> t.startsWith("application/problem+"))) {
      return Optional.of("problem");
    }
    return r.schema()
        .map(
            s ->
                Spec.componentName(s.get$ref())
                    .map(name -> "ref:" + name)
                    .orElse(
                        Schemas.isType(r.spec(), s, "array")
                                && s.getItems() != null
                                && s.getItems().get$ref() != null
                            ? "ref:" + Spec.componentName(s.getItems().get$ref()).orElse("?") + "[]"
                            : "inline"));
  }

  static List<SpecIssue> noSharedErrorSchema(List<SpecOperation> ops) {
    Map<SpecResponse, SpecOperation> owner = new LinkedHashMap<>();
    Map<SpecResponse, String> shape = new LinkedHashMap<>();
    for (SpecOperation op : ops) {
      for (SpecResponse r : errorResponses(op)) {
        errorShape(r)
            .ifPresent(
                s -> {
                  shape.put(r, s);
                  owner.put(r, op);
                });
      }
    }
    Map<String, Long> counts =
        shape.values().stream()
            .filter(s -> !s.equals("inline"))
            .collect(
                Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    if (shape.size() < 2 || (counts.size() == 1 && !shape.containsValue("inline"))) {
      return List.of();
    }
    // The shape most error responses use is the one the others should follow; with a tie, RFC 9457
    // problem details, then the first name.
    Optional<String> usual =
        counts.entrySet().stream()
            .max(
                Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                    .thenComparing(e -> e.getKey().equals("problem"))
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
            .map(Map.Entry::getKey);
    List<SpecIssue> out = new ArrayList<>();
    shape.forEach(
        (r, s) -> {
          if (usual.isPresent() && usual.get().equals(s)) {
            return;
          }
          SpecOperation op = owner.get(r);
          String uses = describe(s);
          String others =
              usual
                  .map(u -> "; most error responses use " + describe(u))
                  .orElse(", as do the others");
          out.add(SpecIssue.at(op, r, op.label() + " '" + r.key() + "' uses " + uses + others));
        });
    return out;
  }

  private static String describe(String shape) {
    return shape.equals("problem")
        ? "application/problem+json"
        : shape.equals("inline") ? "an inline schema" : "schema " + shape.substring(4);
  }

  // ---- SK517 ----------------------------------------------------------------------------------

  static final SpecRule SUCCESS_SHAPED_LIKE_ERROR =
      rule(
          Rule.define("SK517")
              .title("Success response schema shaped like an error")
              .category(Category.OPENAPI)
              .severity(Severity.WARNING)
              .rationale(
                  "A 2xx whose schema has room for failure (a 'success' flag that can be false, an"
                      + " 'error' member, or an Error among its alternatives) documents the habit"
                      + " of answering errors with 200. Clients, caches, retries and monitoring"
                      + " all read the status; an error hidden in a success body escapes all of"
                      + " them."
                      + JUDGES_A_SPEC)
              .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.3")
              .fix(
                  "Answer failures with a 4xx or 5xx and the error schema, and keep the 2xx schema"
                      + " for the successful result only.")
              .example(
                  Example.flagged(
                      "A 200 with room for an error in it",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /payments:
                      post:
                        responses:
                          '200':
                            description: the outcome
                            content:
                              application/json:
                                schema:
                                  type: object
                                  properties:
                                    success: {type: boolean}
                                    error: {type: string}
                  """))
              .example(
                  Example.passing(
                      "The 2xx describes the payment; failures get a 4xx",
                      """
                  openapi: 3.0.3
                  info: {title: shop, version: '1'}
                  paths:
                    /payments:
                      post:
                        responses:
                          '201':
                            description: the payment
                            content:
                              application/json:
                                schema:
                                  type: object
                                  properties:
                                    id: {type: string}
                                    status: {type: string, enum: [captured, pending]}
                          '402': {description: the card was declined}
                  """)),
          perOperation(SpecRules::successShapedLikeError));

  private static final Set<String> ERROR_MEMBERS =
      Set.of("error", "errors", "errorcode", "error_code", "errormessage", "error_message");
  private static final Set<String> SUCCESS_FLAGS = Set.of("success", "ok", "succeeded");

  static List<SpecIssue> successShapedLikeError(SpecOperation op) {
    List<SpecIssue> out = new ArrayList<>();
    for (SpecResponse r : op.responses()) {
      if (!r.isSuccess() || r.schema().isEmpty()) {
        continue;
      }
      errorSign(op.spec(), r.schema().get(), 0)
          .ifPresent(
              sign ->
                  out.add(
                      SpecIssue.at(
                          op, r, op.label() + " documents a '" + r.key() + "' body with " + sign)));
    }
    return out;
  }

  /** What makes the schema look like an error, if anything. */
  private static Optional<String> errorSign(Spec spec, Schema<?> schema, int depth) {
    Map<String, Schema<?>> props = Schemas.properties(spec, schema);
    for (var p : props.entrySet()) {
      String name = p.getKey().toLowerCase(Locale.ROOT);
      if (ERROR_MEMBERS.contains(name)) {
        return Optional.of("a member '" + p.getKey() + "'");
      }
      if (SUCCESS_FLAGS.contains(name)
          && Schemas.allowedValues(spec, p.getValue())
              .map(v -> v.contains(Boolean.FALSE) || v.contains("false"))
              .orElse(false)) {
        return Optional.of("a flag '" + p.getKey() + "' that can be false");
      }
    }
    if (depth == 0) {
      for (Schema<?> alt : Schemas.alternatives(spec, schema)) {
        Optional<String> sign = errorSign(spec, alt, 1);
        if (sign.isPresent()) {
          String name = Spec.componentName(alt.get$ref()).orElse("an alternative");
          return Optional.of(name + " among its alternatives (" + sign.get() + ")");
        }
      }
    }
    return Optional.empty();
  }

  // ---- the catalogue --------------------------------------------------------------------------

  static final List<SpecRule> ALL =
      List.of(
          NO_SUCCESS,
          NO_CLIENT_ERROR,
          CREATE_WITHOUT_201,
          CREATED_WITHOUT_LOCATION,
          DELETE_200_WITHOUT_CONTENT,
          CONTENT_WHERE_FORBIDDEN,
          SECURED_WITHOUT_401,
          SCOPED_WITHOUT_403,
          PATH_PARAMS_WITHOUT_404,
          BODY_WITHOUT_400,
          RATE_LIMITED_WITHOUT_RETRY_AFTER,
          REDIRECT_WITHOUT_LOCATION,
          UNREGISTERED_CODE,
          RANGE_FOR_KNOWN_CODES,
          ERROR_WITHOUT_SCHEMA,
          NO_SHARED_ERROR_SCHEMA,
          SUCCESS_SHAPED_LIKE_ERROR,
          STATUS_WITHOUT_ITS_HEADER,
          NOT_A_STATUS_KEY);

  private static SpecRule rule(Rule.Builder rule, SpecCheck check) {
    // The catalogue's per-exchange check: a spec rule finds nothing in an exchange.
    return new SpecRule(rule.judgedElsewhere(), check);
  }

  private static String keys(List<SpecResponse> responses) {
    return responses.stream().map(SpecResponse::key).collect(Collectors.joining(", "));
  }
}
