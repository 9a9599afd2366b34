package dev.statuskit.openapi;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Example;
import dev.statuskit.rules.Problem;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.Severity;
import dev.statuskit.rules.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SK52x: whether a live API keeps the promises of its spec. Each is judged by comparing a response
 * with what the spec documents for the request statuskit planned, so none can be decided from one
 * exchange alone: their per-exchange check finds nothing, and {@link OpenApiConformance#check}
 * returns the mismatches to record with {@link dev.statuskit.rules.Audit#record}.
 */
final class ConformanceRules {
  private ConformanceRules() {}

  private static final String JUDGED_AGAINST_SPEC =
      " statuskit judges this by sending requests planned from the spec (statuskit check URL"
          + " --openapi spec.yaml) and comparing each answer with what the spec documents.";

  static final Rule UNDOCUMENTED_STATUS =
      define("SK521")
          .title("Response status not documented in the spec")
          .severity(Severity.WARNING)
          .rationale(
              "Client code and generated SDKs handle the codes the spec lists; any other code"
                  + " falls through to a generic error path, or is taken for success. A status"
                  + " the spec does not list (by code, range or default) means the spec or the"
                  + " server is wrong."
                  + JUDGED_AGAINST_SPEC)
          .link("https://spec.openapis.org/oas/v3.1.0#responses-object")
          .fix("Document the status in the operation's responses, or stop sending it.")
          .example(
              Example.flagged(
                  "The spec lists 200 and 404 for GET /orders; the API answers 403",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders:
                  get:
                    responses:
                      '200':
                        description: the orders
                        content:
                          application/json:
                            schema: {type: array, items: {type: object}}
                      '404': {description: no orders yet}

              GET /orders HTTP/1.1

              HTTP/1.1 403 Forbidden
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "The same request answered with a status the spec lists",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders:
                  get:
                    responses:
                      '200':
                        description: the orders
                        content:
                          application/json:
                            schema: {type: array, items: {type: object}}
                      '404': {description: no orders yet}

              GET /orders HTTP/1.1

              HTTP/1.1 200 OK
              Content-Type: application/json

              []
              """))
          .judgedElsewhere();

  static final Rule MISSING_DOCUMENTED_HEADER =
      define("SK522")
          .title("Documented response header not sent")
          .severity(Severity.WARNING)
          .rationale(
              "A header the spec documents for a response is one clients are told they can"
                  + " read: Location after a 201, Retry-After on a 429, ETag for caching. A"
                  + " response without it breaks those clients; a header marked required is a"
                  + " broken promise, an optional one only worth knowing."
                  + JUDGED_AGAINST_SPEC)
          .link("https://spec.openapis.org/oas/v3.1.0#response-object")
          .fix("Send the header, or remove it from the spec (or mark it optional).")
          .example(
              Example.flagged(
                  "The spec requires X-Total-Count on the 200; the answer lacks it",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders:
                  get:
                    responses:
                      '200':
                        description: the orders
                        headers:
                          X-Total-Count: {required: true, schema: {type: integer}}
                        content:
                          application/json:
                            schema: {type: array, items: {type: object}}

              GET /orders HTTP/1.1

              HTTP/1.1 200 OK
              Content-Type: application/json

              []
              """))
          .example(
              Example.passing(
                  "The answer sends the documented header",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders:
                  get:
                    responses:
                      '200':
                        description: the orders
                        headers:
                          X-Total-Count: {required: true, schema: {type: integer}}
                        content:
                          application/json:
                            schema: {type: array, items: {type: object}}

              GET /orders HTTP/1.1

              HTTP/1.1 200 OK
              X-Total-Count: 0
              Content-Type: application/json

              []
              """))
          .judgedElsewhere();

  static final Rule UNDECLARED_CONTENT_TYPE =
      define("SK523")
          .title("Response content type not declared in the spec")
          .severity(Severity.WARNING)
          .rationale(
              "Clients choose their parser from the spec's content map. A body of a type the"
                  + " spec does not declare for that response (HTML where JSON is documented, or"
                  + " any body where none is) fails to parse or is silently ignored."
                  + JUDGED_AGAINST_SPEC)
          .link("https://spec.openapis.org/oas/v3.1.0#media-type-object")
          .fix("Send the documented content type, or declare the one the API really sends.")
          .example(
              Example.flagged(
                  "The spec documents JSON; the answer is HTML",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders:
                  get:
                    responses:
                      '200':
                        description: the orders
                        content:
                          application/json:
                            schema: {type: array, items: {type: object}}

              GET /orders HTTP/1.1

              HTTP/1.1 200 OK
              Content-Type: text/html

              <html><body>Orders</body></html>
              """))
          .example(
              Example.passing(
                  "The documented type, with a charset parameter (which does not matter)",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders:
                  get:
                    responses:
                      '200':
                        description: the orders
                        content:
                          application/json:
                            schema: {type: array, items: {type: object}}

              GET /orders HTTP/1.1

              HTTP/1.1 200 OK
              Content-Type: application/json; charset=utf-8

              []
              """))
          .judgedElsewhere();

  static final Rule INVALID_REQUEST_ACCEPTED =
      define("SK524")
          .title("Invalid request answered with success")
          .severity(Severity.ERROR)
          .rationale(
              "A request that breaks the spec (a required parameter missing, a value of the"
                  + " wrong type, an id that does not exist, no credentials on a secured"
                  + " operation) must be refused with a 4xx. A 2xx means the API does not"
                  + " validate what it documents, returns data for nothing, or lets anonymous"
                  + " callers through."
                  + JUDGED_AGAINST_SPEC)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5")
          .fix(
              "Validate requests against the spec before handling them (many frameworks can do so"
                  + " from the OpenAPI document) and answer 400, 401, 404 or 422.")
          .example(
              Example.flagged(
                  "statuskit calls the secured operation without a token; the answer is 200",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              security: [{bearer: []}]
              paths:
                /account:
                  get:
                    responses:
                      '200': {description: the account}
                      '401': {description: no valid token}
              components:
                securitySchemes:
                  bearer: {type: http, scheme: bearer}

              GET /account HTTP/1.1

              HTTP/1.1 200 OK
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "The same request without a token, answered 401",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              security: [{bearer: []}]
              paths:
                /account:
                  get:
                    responses:
                      '200': {description: the account}
                      '401': {description: no valid token}
              components:
                securitySchemes:
                  bearer: {type: http, scheme: bearer}

              GET /account HTTP/1.1

              HTTP/1.1 401 Unauthorized
              WWW-Authenticate: Bearer realm="api"
              Content-Length: 0
              """))
          .judgedElsewhere();

  static final Rule SERVER_ERROR =
      define("SK525")
          .title("Request answered with a server error")
          .severity(Severity.ERROR)
          .rationale(
              "A 5xx says the server failed. For a request built from the spec it means a bug;"
                  + " for one that is wrong on purpose, a client mistake that crashed the server"
                  + " instead of being refused with a 4xx, which also sets off retries and"
                  + " alerts meant for outages."
                  + JUDGED_AGAINST_SPEC)
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.6")
          .fix(
              "Handle the case: validate input and answer 4xx for client mistakes; fix the"
                  + " failure behind a 5xx to a valid request.")
          .example(
              Example.flagged(
                  "statuskit asks for an order that cannot exist; the server fails",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders/{id}:
                  get:
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: integer, example: 42}}
                    responses:
                      '200': {description: the order}
                      '404': {description: no such order}
                      5XX: {description: the server failed}

              GET /orders/2147483000 HTTP/1.1

              HTTP/1.1 500 Internal Server Error
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "The same request for a missing order, answered 404",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders/{id}:
                  get:
                    parameters:
                      - {name: id, in: path, required: true, schema: {type: integer, example: 42}}
                    responses:
                      '200': {description: the order}
                      '404': {description: no such order}
                      5XX: {description: the server failed}

              GET /orders/2147483000 HTTP/1.1

              HTTP/1.1 404 Not Found
              Content-Length: 0
              """))
          .judgedElsewhere();

  static final Rule VALID_REQUEST_REFUSED =
      define("SK526")
          .title("Request built from the spec refused as invalid")
          .severity(Severity.INFO)
          .rationale(
              "statuskit builds the valid request from the spec's own examples, defaults and"
                  + " schemas. A 400 or 422 to it means the spec describes input the API does not"
                  + " accept: wrong examples, missing constraints, or a required field the spec"
                  + " does not mark."
                  + JUDGED_AGAINST_SPEC)
          .link("https://spec.openapis.org/oas/v3.1.0#example-object")
          .fix("Give the operation's parameters and body examples the API accepts.")
          .example(
              Example.flagged(
                  "The request built from the spec's own example (limit=500) is refused",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders:
                  get:
                    parameters:
                      - {name: limit, in: query, required: true, schema: {type: integer, example: 500}}
                    responses:
                      '200': {description: the orders}
                      '400': {description: invalid limit}

              GET /orders?limit=500 HTTP/1.1

              HTTP/1.1 400 Bad Request
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "The request built from the spec's example (limit=20) is accepted",
                  """
              openapi: 3.0.3
              info: {title: shop, version: '1'}
              paths:
                /orders:
                  get:
                    parameters:
                      - {name: limit, in: query, required: true, schema: {type: integer, example: 20}}
                    responses:
                      '200': {description: the orders}
                      '400': {description: invalid limit}

              GET /orders?limit=20 HTTP/1.1

              HTTP/1.1 200 OK
              Content-Length: 0
              """))
          .judgedElsewhere();

  static final List<Rule> ALL =
      List.of(
          UNDOCUMENTED_STATUS,
          MISSING_DOCUMENTED_HEADER,
          UNDECLARED_CONTENT_TYPE,
          INVALID_REQUEST_ACCEPTED,
          SERVER_ERROR,
          VALID_REQUEST_REFUSED);

  private static Rule.Builder define(String id) {
    return Rule.define(id).category(Category.OPENAPI);
  }

  // ---- the checks -----------------------------------------------------------------------------

  static List<Mismatch> check(PlannedRequest planned, Exchange exchange) {
    List<Mismatch> out = new ArrayList<>();
    Optional<DocumentedResponse> doc = planned.expectation().match(exchange.response().status());
    if (doc.isEmpty()) {
      // An undocumented status has no headers or content types to compare with.
      out.add(undocumentedStatus(planned, exchange));
    } else {
      out.addAll(missingHeaders(planned, exchange, doc.get()));
      undeclaredContentType(planned, exchange, doc.get()).ifPresent(out::add);
    }
    outcome(planned, exchange).ifPresent(out::add);
    return out;
  }

  static Mismatch undocumentedStatus(PlannedRequest planned, Exchange exchange) {
    return new Mismatch(
        UNDOCUMENTED_STATUS,
        UNDOCUMENTED_STATUS.severity(),
        problem(
            planned,
            exchange,
            planned.description()
                + " was answered "
                + exchange.response()
                + ", which the spec does not document"));
  }

  static List<Mismatch> missingHeaders(
      PlannedRequest planned, Exchange exchange, DocumentedResponse doc) {
    if (exchange.response().headers().isEmpty()) {
      return List.of();
    }
    List<Mismatch> out = new ArrayList<>();
    for (String h : doc.requiredHeaders()) {
      missing(planned, exchange, doc, h, true).ifPresent(out::add);
    }
    for (String h : doc.optionalHeaders()) {
      missing(planned, exchange, doc, h, false).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Mismatch> missing(
      PlannedRequest planned,
      Exchange exchange,
      DocumentedResponse doc,
      String header,
      boolean required) {
    if (exchange.response().hasHeader(header)) {
      return Optional.empty();
    }
    return Optional.of(
        new Mismatch(
            MISSING_DOCUMENTED_HEADER,
            required ? Severity.WARNING : Severity.INFO,
            problem(
                planned,
                exchange,
                exchange.response()
                    + " to "
                    + planned.description()
                    + " lacks "
                    + header
                    + ", which the spec documents"
                    + (required ? " as required" : "")
                    + " for '"
                    + doc.key()
                    + "'",
                Evidence.absent(header))));
  }

  static Optional<Mismatch> undeclaredContentType(
      PlannedRequest planned, Exchange exchange, DocumentedResponse doc) {
    if (!exchange.response().hasBody() || planned.method().equals("HEAD")) {
      return Optional.empty();
    }
    Optional<String> type = exchange.response().mediaType();
    if (type.isEmpty()) {
      // No Content-Type at all: the catalogue's SK1xx say so.
      return Optional.empty();
    }
    if (doc.mediaTypes().isEmpty()) {
      return Optional.of(
          new Mismatch(
              UNDECLARED_CONTENT_TYPE,
              UNDECLARED_CONTENT_TYPE.severity(),
              problem(
                  planned,
                  exchange,
                  exchange.response()
                      + " to "
                      + planned.description()
                      + " has a "
                      + type.get()
                      + " body, but the spec documents no content for '"
                      + doc.key()
                      + "'",
                  Evidence.header("Content-Type", type.get()))));
    }
    if (doc.mediaTypes().stream().anyMatch(d -> matches(d, type.get()))) {
      return Optional.empty();
    }
    return Optional.of(
        new Mismatch(
            UNDECLARED_CONTENT_TYPE,
            UNDECLARED_CONTENT_TYPE.severity(),
            problem(
                planned,
                exchange,
                exchange.response()
                    + " to "
                    + planned.description()
                    + " is "
                    + type.get()
                    + ", but the spec declares "
                    + String.join(", ", doc.mediaTypes().stream().sorted().toList())
                    + " for '"
                    + doc.key()
                    + "'",
                Evidence.header("Content-Type", type.get()))));
  }

  /** A documented media range ("application/json", "image/*", "*&#47;*") against a sent type. */
  static boolean matches(String documented, String sent) {
    String d = SpecResponse.baseType(documented);
    String s = SpecResponse.baseType(sent);
    if (d.equals("*/*") || d.equals(s)) {
      return true;
    }
    return d.endsWith("/*") && s.startsWith(d.substring(0, d.length() - 1));
  }

  /** What the status says about the request: a negative variant refused, a valid one served. */
  static Optional<Mismatch> outcome(PlannedRequest planned, Exchange exchange) {
    StatusClass c = exchange.response().code().statusClass();
    int status = exchange.response().status();
    Variant v = planned.variant();
    if (v.isNegative() && c == StatusClass.SUCCESSFUL) {
      return Optional.of(
          new Mismatch(
              INVALID_REQUEST_ACCEPTED,
              INVALID_REQUEST_ACCEPTED.severity(),
              problem(
                      planned,
                      exchange,
                      planned.description()
                          + " was answered "
                          + exchange.response()
                          + "; a documented 4xx is meant")
                  .withFix(fixFor(v))));
    }
    if (c == StatusClass.SERVER_ERROR) {
      return Optional.of(
          new Mismatch(
              SERVER_ERROR,
              v.isNegative() ? Severity.ERROR : Severity.WARNING,
              problem(
                  planned,
                  exchange,
                  planned.description()
                      + " made the server fail with "
                      + exchange.response()
                      + (v.isNegative() ? "; a client mistake deserves a 4xx" : ""))));
    }
    if (v == Variant.VALID && (status == 400 || status == 422)) {
      return Optional.of(
          new Mismatch(
              VALID_REQUEST_REFUSED,
              VALID_REQUEST_REFUSED.severity(),
              problem(
                  planned,
                  exchange,
                  planned.description()
                      + " was refused with "
                      + exchange.response()
                      + ": the spec's examples or schemas do not match what the API accepts")));
    }
    return Optional.empty();
  }

  private static String fixFor(Variant v) {
    return switch (v) {
      case NO_CREDENTIALS ->
          "Require credentials as the spec says (answer 401 with WWW-Authenticate), or mark the"
              + " operation public with security: [].";
      case UNKNOWN_ID -> "Look the id up and answer 404 Not Found when nothing is there.";
      case MISSING_PARAMETER, WRONG_TYPE ->
          "Validate parameters and body against the spec and answer 400 (or 422) naming the"
              + " invalid field.";
      case VALID -> "";
    };
  }

  private static Problem problem(
      PlannedRequest planned, Exchange exchange, String message, Evidence... more) {
    Subject s = Subject.of(exchange);
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(Evidence.request(s));
    evidence.add(Evidence.status(s));
    evidence.add(new Evidence("documented", planned.expectation().keys()));
    evidence.add(new Evidence("spec", planned.pointer()));
    evidence.addAll(List.of(more));
    return new Problem(message, evidence, Optional.empty());
  }
}
