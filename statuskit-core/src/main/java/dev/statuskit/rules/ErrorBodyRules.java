package dev.statuskit.rules;

import static dev.statuskit.exchange.Part.REQUEST_HEADERS;
import static dev.statuskit.exchange.Part.RESPONSE_BODY;
import static dev.statuskit.exchange.Part.RESPONSE_HEADERS;
import static dev.statuskit.rules.Evidence.body;
import static dev.statuskit.rules.Evidence.request;
import static dev.statuskit.rules.Evidence.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.exchange.Headers;
import dev.statuskit.registry.StatusClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SK3xx: error responses that clients cannot act on, or that leak internals. An error response is
 * the API's one chance to tell a client what went wrong and what to do; these rules check that it
 * says so in a form a program can read, and that it says nothing an attacker can use.
 */
final class ErrorBodyRules {
  private ErrorBodyRules() {}

  static final Rule ERROR_WITHOUT_BODY =
      Rule.define("SK301")
          .title("4xx/5xx with no body")
          .category(Category.ERROR_BODY)
          .severity(Severity.WARNING)
          .rationale(
              "The status code says which class of failure happened, not what exactly went wrong"
                  + " or whether the client can fix it. RFC 9110 §15.5 and §15.6 say the server"
                  + " SHOULD send a representation explaining the error (except for HEAD); an"
                  + " empty 400 leaves the client guessing which part of the request was wrong.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.5")
          .fix(
              "Send an error body with a machine-readable code and a message, ideally as"
                  + " application/problem+json (RFC 9457).")
          .example(
              Example.flagged(
                  "400 with an empty body: which parameter was wrong?",
                  """
              GET /orders?limit=lots HTTP/1.1

              HTTP/1.1 400 Bad Request
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "400 that says what was wrong",
                  """
              GET /orders?limit=lots HTTP/1.1

              HTTP/1.1 400 Bad Request
              Content-Type: application/problem+json

              {"title": "limit must be a number", "status": 400}
              """))
          .needs(RESPONSE_BODY)
          .check(ErrorBodyRules::errorWithoutBody);

  static final Rule ERROR_NOT_MACHINE_READABLE =
      Rule.define("SK302")
          .title("Error body not machine-readable")
          .category(Category.ERROR_BODY)
          .severity(Severity.WARNING)
          .rationale(
              "A client that asked for JSON, or sent JSON, will try to parse the error as JSON."
                  + " An HTML or plain-text error page (a framework's default page, or a proxy's"
                  + " in front of the API) fails that parse, so the client reports a parse error"
                  + " instead of the real one and cannot branch on an error code.")
          .link("https://www.rfc-editor.org/rfc/rfc9457#section-1")
          .fix(
              "Return errors in the format the client asked for (JSON, ideally"
                  + " application/problem+json), including those from the framework's default"
                  + " handler and from proxies or load balancers in front of the API.")
          .example(
              Example.flagged(
                  "A JSON client gets a proxy's HTML page",
                  """
              GET /orders/42 HTTP/1.1
              Accept: application/json

              HTTP/1.1 502 Bad Gateway
              Content-Type: text/html

              <html><head><title>502 Bad Gateway</title></head><body>Bad Gateway</body></html>
              """))
          .example(
              Example.passing(
                  "The error in the format the client asked for",
                  """
              GET /orders/42 HTTP/1.1
              Accept: application/json

              HTTP/1.1 502 Bad Gateway
              Content-Type: application/problem+json

              {"title": "The order service did not answer", "status": 502}
              """))
          .needs(REQUEST_HEADERS, RESPONSE_HEADERS, RESPONSE_BODY)
          .check(ErrorBodyRules::errorNotMachineReadable);

  static final Rule ERROR_WITHOUT_CODE_OR_MESSAGE =
      Rule.define("SK303")
          .title("JSON error without a code and a message")
          .category(Category.ERROR_BODY)
          .severity(Severity.WARNING)
          .rationale(
              "Clients need two things from an error body: a stable, machine-readable code to"
                  + " branch on (OUT_OF_STOCK is not the same 409 as VERSION_CONFLICT) and a"
                  + " message a developer can read. Without a code, client code ends up matching"
                  + " message strings that change with every rewording; without a message,"
                  + " whoever debugs the call has nothing to go on.")
          .link("https://www.rfc-editor.org/rfc/rfc9457#section-3")
          .fix(
              "Give every JSON error a code and a message, e.g. {\"code\": \"OUT_OF_STOCK\","
                  + " \"message\": \"...\"}, or problem details with type and title (RFC 9457).")
          .example(
              Example.flagged(
                  "A message but no code to branch on",
                  """
              POST /cart/items HTTP/1.1
              Content-Type: application/json

              {"sku": 7, "quantity": 5}

              HTTP/1.1 409 Conflict
              Content-Type: application/json

              {"message": "Only 2 left in stock"}
              """))
          .example(
              Example.passing(
                  "A stable code and a readable message",
                  """
              POST /cart/items HTTP/1.1
              Content-Type: application/json

              {"sku": 7, "quantity": 5}

              HTTP/1.1 409 Conflict
              Content-Type: application/json

              {"code": "OUT_OF_STOCK", "message": "Only 2 left in stock"}
              """))
          .needs(RESPONSE_BODY)
          .check(ErrorBodyRules::errorWithoutCodeOrMessage);

  static final Rule PROBLEM_STATUS_MISMATCH =
      Rule.define("SK304")
          .title("Problem details whose status differs from the response's")
          .category(Category.ERROR_BODY)
          .severity(Severity.ERROR)
          .rationale(
              "The status member of application/problem+json only repeats the response's status"
                  + " for the convenience of whoever reads the body, and RFC 9457 §3.1.2 requires"
                  + " generators to use the same code in both. When they differ, clients that"
                  + " read the body and monitors that read the status see two different errors.")
          .link("https://www.rfc-editor.org/rfc/rfc9457#section-3.1.2")
          .fix(
              "Build the problem object and the response status from the same value, or drop"
                  + " the status member.")
          .example(
              Example.flagged(
                  "The body says 400, the status says 404",
                  """
              GET /orders/999 HTTP/1.1

              HTTP/1.1 404 Not Found
              Content-Type: application/problem+json

              {"title": "No such order", "status": 400}
              """))
          .example(
              Example.passing(
                  "Body and status agree",
                  """
              GET /orders/999 HTTP/1.1

              HTTP/1.1 404 Not Found
              Content-Type: application/problem+json

              {"title": "No such order", "status": 404}
              """))
          .needs(RESPONSE_HEADERS, RESPONSE_BODY)
          .check(ErrorBodyRules::problemStatusMismatch);

  static final Rule SERVER_ERROR_WITHOUT_REQUEST_ID =
      Rule.define("SK305")
          .title("5xx without a request or trace id")
          .category(Category.ERROR_BODY)
          .severity(Severity.INFO)
          .rationale(
              "A server error is the API's fault, and the person who hits it can only report it."
                  + " With a request or trace id in a header (X-Request-Id, W3C traceparent) or in"
                  + " the body, a support ticket points straight at the server's log line and"
                  + " trace; without one, support has to search logs by time and path.")
          .link("https://www.w3.org/TR/trace-context/#traceparent-header")
          .fix(
              "Give every request an id at the edge, log it, and return it in a response header"
                  + " (X-Request-Id or traceparent) and in 5xx bodies (\"requestId\").")
          .example(
              Example.flagged(
                  "A server error with nothing to quote to support",
                  """
              GET /reports/q3 HTTP/1.1

              HTTP/1.1 500 Internal Server Error
              Content-Type: application/json

              {"code": "INTERNAL", "message": "Something went wrong"}
              """))
          .example(
              Example.passing(
                  "A request id in a header and in the body",
                  """
              GET /reports/q3 HTTP/1.1

              HTTP/1.1 500 Internal Server Error
              X-Request-Id: req_7f3a9c
              Content-Type: application/json

              {"code": "INTERNAL", "message": "Something went wrong", "requestId": "req_7f3a9c"}
              """))
          .needs(RESPONSE_HEADERS, RESPONSE_BODY)
          .check(ErrorBodyRules::serverErrorWithoutRequestId);

  static final Rule VALIDATION_WITHOUT_FIELDS =
      Rule.define("SK306")
          .title("Validation error without field details")
          .category(Category.ERROR_BODY)
          .severity(Severity.INFO)
          .rationale(
              "A form or SDK can only show 'email: must be a valid address' next to the right"
                  + " input if the error names the field. A 400 or 422 that says only 'validation"
                  + " failed' makes users fix fields one round trip at a time. RFC 9457's own"
                  + " example lists each invalid member with a JSON pointer to it.")
          .link("https://www.rfc-editor.org/rfc/rfc9457#section-3")
          .fix(
              "List every invalid field with its problem, e.g. \"errors\": [{\"field\": \"email\","
                  + " \"code\": \"INVALID_FORMAT\", \"message\": \"...\"}], or with problem"
                  + " details, \"errors\": [{\"pointer\": \"#/email\", \"detail\": \"...\"}].")
          .example(
              Example.flagged(
                  "Validation failed, but on which field?",
                  """
              POST /signup HTTP/1.1
              Content-Type: application/json

              {"email": "ada-at-example", "age": -3}

              HTTP/1.1 422 Unprocessable Content
              Content-Type: application/json

              {"code": "VALIDATION_FAILED", "message": "Validation failed"}
              """))
          .example(
              Example.passing(
                  "Each invalid field named with its problem",
                  """
              POST /signup HTTP/1.1
              Content-Type: application/json

              {"email": "ada-at-example", "age": -3}

              HTTP/1.1 422 Unprocessable Content
              Content-Type: application/json

              {"code": "VALIDATION_FAILED", "message": "Validation failed", "errors": [
                {"field": "email", "message": "must be an email address"},
                {"field": "age", "message": "must not be negative"}]}
              """))
          .needs(RESPONSE_BODY)
          .check(ErrorBodyRules::validationWithoutFields);

  static final Rule LEAKS_INTERNALS =
      Rule.define("SK307")
          .title("Error body leaking internals")
          .category(Category.ERROR_BODY)
          .severity(Severity.ERROR)
          .rationale(
              "Stack traces, SQL errors, server file paths and framework debug pages tell an"
                  + " attacker the language, framework, versions, database schema and directory"
                  + " layout behind the API, and often the exact query to inject into. They tell"
                  + " a legitimate client nothing it can act on. Detail belongs in the server's"
                  + " logs (OWASP: Improper Error Handling).")
          .link("https://owasp.org/www-community/Improper_Error_Handling")
          .fix(
              "Log the details on the server under a request id; send the client a code, a"
                  + " message and that id. Turn debug modes off in production.")
          .example(
              Example.flagged(
                  "A stack trace shows the framework and the code behind the API",
                  """
              GET /orders/42 HTTP/1.1

              HTTP/1.1 500 Internal Server Error
              Content-Type: text/plain

              java.lang.NullPointerException: Cannot invoke "Order.total()" because "order" is null
                  at com.shop.orders.OrderService.invoice(OrderService.java:88)
                  at com.shop.orders.OrderController.get(OrderController.java:41)
              """))
          .example(
              Example.passing(
                  "A code, a message and an id; the detail stays in the log",
                  """
              GET /orders/42 HTTP/1.1

              HTTP/1.1 500 Internal Server Error
              Content-Type: application/json

              {"code": "INTERNAL", "message": "Something went wrong", "requestId": "req_7f3a9c"}
              """))
          .needs(RESPONSE_BODY)
          .check(ErrorBodyRules::leaksInternals);

  static final Rule PROBLEM_DETAILS_MALFORMED =
      Rule.define("SK308")
          .title("Problem details that break RFC 9457")
          .category(Category.ERROR_BODY)
          .severity(Severity.WARNING)
          .rationale(
              "application/problem+json promises a JSON object whose type and instance are URI"
                  + " references, whose title and detail are strings and whose status is a"
                  + " number, describing an error. Generic clients rely on that shape, and RFC"
                  + " 9457 §3.1 has them ignore a member of the wrong type, so its information is"
                  + " lost.")
          .link("https://www.rfc-editor.org/rfc/rfc9457#section-3.1")
          .fix(
              "Serialize problem details through one type with the standard members (type,"
                  + " title, status, detail, instance) typed as RFC 9457 §3.1 says, and use it"
                  + " only for 4xx and 5xx responses.")
          .example(
              Example.flagged(
                  "status as a string, which RFC 9457 clients ignore",
                  """
              POST /transfers HTTP/1.1
              Content-Type: application/json

              {"amount": -5}

              HTTP/1.1 400 Bad Request
              Content-Type: application/problem+json

              {"type": "https://api.example/problems/negative-amount", "title": "Amount must be positive", "status": "400"}
              """))
          .example(
              Example.passing(
                  "Members of the types RFC 9457 gives them",
                  """
              POST /transfers HTTP/1.1
              Content-Type: application/json

              {"amount": -5}

              HTTP/1.1 400 Bad Request
              Content-Type: application/problem+json

              {"type": "https://api.example/problems/negative-amount", "title": "Amount must be positive", "status": 400}
              """))
          .needs(RESPONSE_HEADERS, RESPONSE_BODY)
          .check(ErrorBodyRules::problemDetailsMalformed);

  static final List<Rule> ALL =
      List.of(
          ERROR_WITHOUT_BODY,
          ERROR_NOT_MACHINE_READABLE,
          ERROR_WITHOUT_CODE_OR_MESSAGE,
          PROBLEM_STATUS_MISMATCH,
          SERVER_ERROR_WITHOUT_REQUEST_ID,
          VALIDATION_WITHOUT_FIELDS,
          LEAKS_INTERNALS,
          PROBLEM_DETAILS_MALFORMED);

  private static final String PROBLEM_JSON = "application/problem+json";

  private static boolean isError(Subject s) {
    return s.code().statusClass().isError();
  }

  // --- SK301 ---

  private static List<Problem> errorWithoutBody(Subject s) {
    boolean exempt = s.request().method().equals("HEAD") || !s.code().bodyAllowed();
    if (!isError(s) || exempt || s.response().hasBody()) {
      return List.of();
    }
    return List.of(
        Problem.of(
            s.response() + " has no body: the client learns nothing beyond the status",
            request(s),
            status(s),
            new Evidence("body", "(empty)")));
  }

  // --- SK302 ---

  /** Response types that only a person can read; an API's client cannot parse them. */
  private static final Set<String> FOR_PEOPLE =
      Set.of("text/html", "text/plain", "application/xhtml+xml");

  private static final Pattern HTML_TITLE =
      Pattern.compile("(?i)<title[^>]{0,100}>\\s*([^<]{1,200}?)\\s*</title>");

  private static List<Problem> errorNotMachineReadable(Subject s) {
    if (!isError(s) || !s.response().hasBody() || !wantsJson(s)) {
      return List.of();
    }
    Optional<String> type = s.response().mediaType();
    boolean forPeople =
        type.map(FOR_PEOPLE::contains).orElseGet(() -> s.json().isEmpty() && looksLikeHtml(s));
    if (!forPeople) {
      return List.of();
    }
    String text = s.response().body().orElseThrow().text();
    Matcher title = HTML_TITLE.matcher(text.substring(0, Math.min(text.length(), 4096)));
    String page = title.find() ? " (page title \"" + title.group(1) + "\")" : "";
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(request(s));
    s.request().header("Accept").ifPresent(a -> evidence.add(new Evidence("request Accept", a)));
    s.request()
        .headers()
        .flatMap(Headers::mediaType)
        .ifPresent(t -> evidence.add(new Evidence("request Content-Type", t)));
    evidence.add(status(s));
    evidence.add(
        type.map(t -> Evidence.header("Content-Type", t)).orElse(Evidence.absent("Content-Type")));
    evidence.add(body(s));
    return List.of(
        new Problem(
            s.response()
                + " answers a JSON client with "
                + type.orElse("an untyped HTML page")
                + page,
            evidence,
            Optional.empty()));
  }

  /**
   * Whether the client expects JSON: its Accept header prefers a JSON type, or it sent JSON and its
   * Accept header (if any) does not rule JSON out.
   */
  private static boolean wantsJson(Subject s) {
    Optional<String> accept = s.request().header("Accept").filter(a -> !a.isBlank());
    boolean sentJson =
        s.request().headers().flatMap(Headers::mediaType).filter(Subject::isJsonType).isPresent();
    if (accept.isEmpty()) {
      return sentJson;
    }
    Accept a = Accept.parse(accept.get());
    return a.prefersJson() || (sentJson && a.allowsJson());
  }

  /**
   * The preferences of an Accept header (RFC 9110 §12.5.1) as far as JSON goes.
   *
   * @param json the highest weight of a JSON type
   * @param otherExact the highest weight of any other concrete type
   * @param wildcard the highest weight of a range that covers JSON: any type, or application/*
   */
  private record Accept(double json, double otherExact, double wildcard) {

    static Accept parse(String header) {
      double json = 0;
      double other = 0;
      double wildcard = 0;
      for (String element : header.split(",")) {
        String[] params = element.split(";");
        String type = params[0].strip().toLowerCase(Locale.ROOT);
        double q = weight(params);
        if (type.isEmpty()) {
          continue;
        }
        if (Subject.isJsonType(type)) {
          json = Math.max(json, q);
        } else if (type.equals("*/*") || type.equals("application/*")) {
          wildcard = Math.max(wildcard, q);
        } else if (!type.endsWith("/*")) {
          other = Math.max(other, q);
        }
      }
      return new Accept(json, other, wildcard);
    }

    private static double weight(String[] params) {
      for (int i = 1; i < params.length; i++) {
        String p = params[i].strip();
        if (p.length() > 2 && p.substring(0, 2).equalsIgnoreCase("q=")) {
          try {
            return Double.parseDouble(p.substring(2).strip());
          } catch (NumberFormatException e) {
            return 0; // a malformed weight; treat the range as not wanted
          }
        }
      }
      return 1;
    }

    /** JSON weighs at least as much as any other concrete type: "application/json, text/plain". */
    boolean prefersJson() {
      return json > 0 && json >= otherExact;
    }

    boolean allowsJson() {
      return json > 0 || wildcard > 0;
    }
  }

  private static boolean looksLikeHtml(Subject s) {
    String start = s.response().body().map(b -> b.preview(64)).orElse("").toLowerCase(Locale.ROOT);
    return start.startsWith("<!doctype html") || start.startsWith("<html");
  }

  // --- SK303 ---

  private static List<Problem> errorWithoutCodeOrMessage(Subject s) {
    if (!isError(s) || !s.response().hasBody()) {
      return List.of();
    }
    Optional<JsonNode> json = s.json();
    if (json.isEmpty()) {
      boolean broken = s.declaresJson() && !s.response().body().orElseThrow().truncated();
      return broken
          ? List.of(
              Problem.of(
                      s.response() + " declares a JSON body that does not parse",
                      request(s),
                      status(s),
                      body(s))
                  .withFix(
                      "Serialize error bodies with the JSON library, not by string concatenation,"
                          + " and make sure nothing else writes to the response first."))
          : List.of();
    }
    JsonNode body = json.get();
    if (!body.isObject()) {
      return List.of(
          Problem.of(
              s.response() + " has a JSON " + kindOf(body) + " for an error body, not an object",
              request(s),
              status(s),
              body(s)));
    }
    Optional<ErrorShape.Member> code = ErrorShape.code(body);
    Optional<ErrorShape.Member> message = ErrorShape.message(body);
    // Problem details without a type have the type about:blank (RFC 9457 §4.2.1): the status
    // code is then the whole machine-readable meaning, by the format's own rule.
    boolean hasCode = code.isPresent() || isProblemJson(s);
    if (hasCode && message.isPresent()) {
      return List.of();
    }
    List<Evidence> evidence = new ArrayList<>(List.of(request(s), status(s)));
    code.or(() -> message).ifPresent(m -> evidence.add(new Evidence("member", m.shown())));
    evidence.add(body(s));
    String missing;
    String fix;
    if (hasCode) {
      missing = "a code but no human-readable message";
      fix = "Add a message a developer can read, e.g. \"message\": \"Only 2 left in stock\".";
    } else if (message.isPresent()) {
      missing = "a message but no machine-readable code";
      fix =
          "Add a stable code clients can branch on, e.g. \"code\": \"OUT_OF_STOCK\"; keep the"
              + " message for people.";
    } else {
      missing = "neither a machine-readable code nor a message";
      fix = ERROR_WITHOUT_CODE_OR_MESSAGE.fix();
    }
    return List.of(
        new Problem(
            s.response() + " has " + missing + " in its JSON body", evidence, Optional.of(fix)));
  }

  // --- SK304 ---

  private static List<Problem> problemStatusMismatch(Subject s) {
    if (!isProblemJson(s)) {
      return List.of();
    }
    return s
        .json()
        .map(body -> body.get("status"))
        .filter(v -> v != null && v.isNumber() && v.doubleValue() != s.status())
        .map(
            v ->
                Problem.of(
                    "problem details say status " + v + " but the response is " + s.response(),
                    request(s),
                    status(s),
                    new Evidence("member", "status: " + v),
                    body(s)))
        .stream()
        .toList();
  }

  private static boolean isProblemJson(Subject s) {
    return s.response().mediaType().filter(PROBLEM_JSON::equals).isPresent();
  }

  // --- SK305 ---

  /** Headers that carry a request or trace id under a name the pattern below does not catch. */
  private static final Set<String> ID_HEADERS =
      Set.of("traceparent", "traceresponse", "cf-ray", "x-cloud-trace-context", "x-vercel-id");

  /**
   * x-request-id, x-amz-request-id, x-correlation-id, x-b3-traceid, fly-request-id... (lower-cased)
   */
  private static final Pattern ID_HEADER =
      Pattern.compile(".{0,60}(?:request|trace|correlation)[-_]?id");

  /**
   * "Request ID: abc", "trace_id=...", "Ray ID: ..." in an HTML or text error page, matched against
   * the lower-cased text.
   */
  private static final Pattern ID_IN_TEXT =
      Pattern.compile(
          "\\b(?:request|trace|correlation|incident|ray)[ _-]?id\\b[\"']?\\s{0,3}[:=#]");

  /** How much of a page is searched for an id: error pages are small, and ids sit near the top. */
  private static final int ID_SCAN_LIMIT = 16 * 1024;

  private static List<Problem> serverErrorWithoutRequestId(Subject s) {
    if (s.code().statusClass() != StatusClass.SERVER_ERROR || hasIdHeader(s) || hasIdInBody(s)) {
      return List.of();
    }
    return List.of(
        Problem.of(
            s.response() + " carries no request or trace id, in its headers or its body",
            request(s),
            status(s),
            Evidence.absent("X-Request-Id / traceparent"),
            body(s)));
  }

  private static boolean hasIdHeader(Subject s) {
    return s.response().headers().orElseThrow().fields().stream()
        .map(f -> f.name().toLowerCase(Locale.ROOT))
        .anyMatch(n -> ID_HEADERS.contains(n) || ID_HEADER.matcher(n).matches());
  }

  private static boolean hasIdInBody(Subject s) {
    Optional<JsonNode> json = s.json();
    if (json.isPresent()) {
      return ErrorShape.requestId(json.get()).isPresent();
    }
    return s.response()
        .body()
        .map(b -> b.text().substring(0, Math.min(b.text().length(), ID_SCAN_LIMIT)))
        .map(t -> ID_IN_TEXT.matcher(t.toLowerCase(Locale.ROOT)).find())
        .orElse(false);
  }

  // --- SK306 ---

  /** Words that mark a 400 as a validation failure rather than, say, unparseable JSON. */
  private static final Pattern VALIDATION =
      Pattern.compile("(?i)validat|constraint|\\bfields?\\b|param|required|must (?:be|not)");

  private static List<Problem> validationWithoutFields(Subject s) {
    boolean validationStatus = s.status() == 400 || s.status() == 422;
    Optional<JsonNode> json = s.json().filter(JsonNode::isObject);
    if (!validationStatus || json.isEmpty()) {
      return List.of();
    }
    JsonNode body = json.get();
    // 422 means the content was understood but not acceptable (RFC 9110 §15.5.21): validation.
    // A 400 can also be a syntax error, which has no fields to name; only a 400 that says it is
    // about validation is held to this.
    if (s.status() == 400 && !mentionsValidation(body)) {
      return List.of();
    }
    if (ErrorShape.fieldDetails(body).isPresent()) {
      return List.of();
    }
    return List.of(
        Problem.of(
            s.response() + " reports a validation failure without saying which fields are wrong",
            request(s),
            status(s),
            body(s)));
  }

  private static boolean mentionsValidation(JsonNode body) {
    String said =
        ErrorShape.code(body).map(m -> m.value().asText()).orElse("")
            + " "
            + ErrorShape.message(body).map(m -> m.value().asText()).orElse("");
    return VALIDATION.matcher(said).find();
  }

  // --- SK307 ---

  /**
   * How much of a non-error body is scanned. Successful responses are most of a HAR file and rarely
   * leak; when they do (PHP warnings, debug output) it is near the start.
   */
  static final int SUCCESS_SCAN_LIMIT = 16 * 1024;

  private static List<Problem> leaksInternals(Subject s) {
    if (!s.response().hasBody()
        || !s.response().mediaType().map(ErrorBodyRules::isDocument).orElse(true)) {
      return List.of();
    }
    String text = s.response().body().orElseThrow().text();
    boolean error = isError(s);
    if (!error && text.length() > SUCCESS_SCAN_LIMIT) {
      text = text.substring(0, SUCCESS_SCAN_LIMIT);
    }
    String target = s.request().target();
    // A path is a leak only in an error, and only if the client did not send it itself (a 404
    // that echoes the requested path gives nothing away).
    return LeakPatterns.find(
            text,
            leak ->
                leak.kind() != LeakPatterns.Kind.FILE_PATH
                    || (error && !target.contains(leak.match())))
        .map(
            leak ->
                Problem.of(
                        s.response() + " leaks " + leak.kind().label() + " (" + leak.what() + ")",
                        request(s),
                        status(s),
                        new Evidence("leak", leak.excerpt()))
                    .withFix(
                        LeakPatterns.fixFor(leak.kind()) + leak.fix().map(f -> " " + f).orElse("")))
        .stream()
        .toList();
  }

  /**
   * Documents that can carry an error message: JSON, HTML, XML, plain text. Scripts, styles, images
   * and downloads are skipped; a JavaScript bundle quoting a stack frame is not a leak.
   */
  private static boolean isDocument(String mediaType) {
    return Subject.isJsonType(mediaType)
        || mediaType.equals("text/html")
        || mediaType.equals("text/plain")
        || mediaType.equals("application/xhtml+xml")
        || mediaType.equals("application/xml")
        || mediaType.equals("text/xml")
        || mediaType.endsWith("+xml");
  }

  // --- SK308 ---

  private static List<Problem> problemDetailsMalformed(Subject s) {
    // A HEAD answer carries the problem+json type but, rightly, no body; SK301 covers empty bodies.
    if (!isProblemJson(s) || !s.response().hasBody()) {
      return List.of();
    }
    List<String> defects = new ArrayList<>();
    if (!isError(s)) {
      defects.add(
          "problem details on "
              + s.response()
              + ": they describe an error, and the status says there was none");
    }
    boolean truncated = s.response().body().map(b -> b.truncated()).orElse(false);
    Optional<JsonNode> json = s.json();
    if (json.isEmpty() && !truncated) {
      defects.add("the body is not JSON (RFC 9457 §3)");
    } else if (json.isPresent() && !json.get().isObject()) {
      defects.add("the body is a JSON " + kindOf(json.get()) + ", not an object (RFC 9457 §3)");
    } else if (json.isPresent()) {
      defects.addAll(memberDefects(json.get()));
    }
    return defects.stream().map(d -> Problem.of(d, request(s), status(s), body(s))).toList();
  }

  /** What RFC 9457 §3.1 says about the type of each standard member, broken. */
  private static List<String> memberDefects(JsonNode body) {
    List<String> defects = new ArrayList<>();
    for (String name : List.of("type", "instance")) {
      JsonNode v = body.get(name);
      String section = name.equals("type") ? "§3.1.1" : "§3.1.5";
      if (v == null) {
        continue;
      }
      if (!v.isTextual()) {
        defects.add(
            name
                + " is "
                + article(kindOf(v))
                + ", not a URI reference (RFC 9457 "
                + section
                + ")");
      } else {
        UriReference.problem(v.asText())
            .ifPresent(
                why ->
                    defects.add(
                        name
                            + " "
                            + v
                            + " is not a URI reference: "
                            + why
                            + " (RFC 9457 "
                            + section
                            + ")"));
      }
    }
    for (String name : List.of("title", "detail")) {
      JsonNode v = body.get(name);
      if (v != null && !v.isTextual()) {
        String section = name.equals("title") ? "§3.1.3" : "§3.1.4";
        defects.add(
            name + " is " + article(kindOf(v)) + ", not a string (RFC 9457 " + section + ")");
      }
    }
    JsonNode status = body.get("status");
    if (status != null && !status.isNumber()) {
      defects.add("status is " + article(kindOf(status)) + ", not a number (RFC 9457 §3.1.2)");
    }
    return defects;
  }

  private static String kindOf(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static String article(String kind) {
    return kind.equals("null")
        ? "null"
        : ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}
