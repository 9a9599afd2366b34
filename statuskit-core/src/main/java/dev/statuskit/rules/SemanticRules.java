package dev.statuskit.rules;

import static dev.statuskit.exchange.Part.RESPONSE_BODY;
import static dev.statuskit.exchange.Part.RESPONSE_HEADERS;
import static dev.statuskit.rules.Evidence.body;
import static dev.statuskit.rules.Evidence.request;
import static dev.statuskit.rules.Evidence.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.registry.StatusCodes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * SK2xx: a status code that says something other than what happened. Each rule compares the status
 * with what the method asked for and what the response carries.
 */
final class SemanticRules {
  private SemanticRules() {}

  static final Rule SUCCESS_WITH_ERROR_BODY =
      Rule.define("SK201")
          .title("2xx carrying an error body")
          .category(Category.SEMANTICS)
          .severity(Severity.ERROR)
          .rationale(
              "The status code is the one part of a response that every client, proxy, monitor"
                  + " and retry policy reads. A 2xx whose body says the request failed is"
                  + " counted as a success by all of them: dashboards show no errors, caches may"
                  + " store the failure, and client code that checks the status goes on as if"
                  + " the work were done. RFC 9110 §15.3 defines 2xx as 'the request was"
                  + " successfully received, understood, and accepted'.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.3")
          .fix(
              "Answer failures with the 4xx or 5xx that names them (400, 404, 409, 422, 500...)"
                  + " and keep the error body; reserve 2xx for requests that succeeded.")
          .example(
              Example.flagged(
                  "A declined payment reported as a success",
                  """
              POST /payments HTTP/1.1
              Content-Type: application/json

              {"amount": 1999, "card": "tok_example"}

              HTTP/1.1 200 OK
              Content-Type: application/json

              {"success": false, "error": "card declined"}
              """))
          .example(
              Example.passing(
                  "A 2xx whose body describes what succeeded",
                  """
              POST /payments HTTP/1.1
              Content-Type: application/json

              {"amount": 1999, "card": "tok_example"}

              HTTP/1.1 200 OK
              Content-Type: application/json

              {"id": "pay_81", "status": "captured"}
              """))
          .needs(RESPONSE_BODY)
          .check(SemanticRules::successWithErrorBody);

  static final Rule REDIRECT_CHANGES_METHOD =
      Rule.define("SK202")
          .title("301/302 answering POST, PUT, PATCH or DELETE")
          .category(Category.SEMANTICS)
          .severity(Severity.WARNING)
          .rationale(
              "For historical reasons a user agent may turn the request that follows a 301 or 302"
                  + " into a GET (RFC 9110 §15.4.2, §15.4.3), and browsers do so for POST. Whether"
                  + " the write is repeated at the new URI or replaced by a read then depends on"
                  + " the client. 303 See Other says 'fetch the result with GET'; 307 and 308 say"
                  + " 'repeat the same request there'; both are unambiguous.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.4.3")
          .fix(
              "To send the client to the outcome (Post/Redirect/Get), answer 303 See Other; to"
                  + " have it repeat the same method at another URI, answer 307 Temporary"
                  + " Redirect (or 308 Permanent Redirect in place of 301).")
          .example(
              Example.flagged(
                  "302 after a form POST: the client may or may not repeat the POST",
                  """
              POST /login HTTP/1.1
              Content-Type: application/x-www-form-urlencoded

              user=ada&password=example-only

              HTTP/1.1 302 Found
              Location: /home
              """))
          .example(
              Example.passing(
                  "303 See Other: fetch the result with GET",
                  """
              POST /login HTTP/1.1
              Content-Type: application/x-www-form-urlencoded

              user=ada&password=example-only

              HTTP/1.1 303 See Other
              Location: /home
              """))
          .check(SemanticRules::redirectChangesMethod);

  static final Rule DELETE_OK_WITHOUT_CONTENT =
      Rule.define("SK203")
          .title("DELETE answered 200 with an empty body")
          .category(Category.SEMANTICS)
          // Info: 200 with empty content is legal and no client loses data; but 204 is the code
          // that tells a client not to look for a body (RFC 9110 §15.3.5), and clients that
          // parse every 200 as JSON fail on the empty one.
          .severity(Severity.INFO)
          .rationale(
              "RFC 9110 §9.3.5 lists 200 for a DELETE whose response describes the outcome and"
                  + " 204 for one with nothing more to say. A 200 with no content makes clients"
                  + " that decode every 200 body (generated SDKs, response.json()) fail on an"
                  + " operation that succeeded; 204 tells them there is nothing to read.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5")
          .fix(
              "Answer 204 No Content when the deletion leaves nothing to report, or keep 200 and"
                  + " return a representation of the outcome.")
          .example(
              Example.flagged(
                  "DELETE answered 200 with nothing to read",
                  """
              DELETE /carts/9 HTTP/1.1

              HTTP/1.1 200 OK
              Content-Length: 0
              """))
          .example(
              Example.passing(
                  "204 says there is nothing to read",
                  """
              DELETE /carts/9 HTTP/1.1

              HTTP/1.1 204 No Content
              """))
          .needs(RESPONSE_BODY)
          .check(SemanticRules::deleteOkWithoutContent);

  static final Rule POST_OK_WITH_LOCATION =
      Rule.define("SK204")
          .title("POST answered 200 with a Location header")
          .category(Category.SEMANTICS)
          .severity(Severity.WARNING)
          .rationale(
              "Location on a 200 has no defined meaning (RFC 9110 §10.2.2 gives it one only for"
                  + " 201 and 3xx), so clients ignore it. A POST that answers with the URI of a"
                  + " resource has almost always created one, and 201 Created is the code that"
                  + " tells clients so and makes them read Location (RFC 9110 §15.3.2).")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2")
          .fix(
              "Answer 201 Created when the POST made a resource; if it points at an existing"
                  + " result instead, answer 303 See Other.")
          .example(
              Example.flagged(
                  "A POST that created an order, answered 200",
                  """
              POST /orders HTTP/1.1
              Content-Type: application/json

              {"sku": 7}

              HTTP/1.1 200 OK
              Location: /orders/42
              Content-Type: application/json

              {"id": 42}
              """))
          .example(
              Example.passing(
                  "201 Created, so clients read Location",
                  """
              POST /orders HTTP/1.1
              Content-Type: application/json

              {"sku": 7}

              HTTP/1.1 201 Created
              Location: /orders/42
              Content-Type: application/json

              {"id": 42}
              """))
          .needs(RESPONSE_HEADERS)
          .check(SemanticRules::postOkWithLocation);

  static final List<Rule> ALL =
      List.of(
          SUCCESS_WITH_ERROR_BODY,
          REDIRECT_CHANGES_METHOD,
          DELETE_OK_WITHOUT_CONTENT,
          POST_OK_WITH_LOCATION);

  // --- SK201 ---

  /**
   * 207 Multi-Status exists to report outcomes per part, some of them failures (RFC 4918 §13), so
   * an errors member there is the point, not a contradiction.
   */
  private static final int MULTI_STATUS = 207;

  /** Top-level members that hold the numeric status of a failure in envelope-style APIs. */
  private static final List<String> STATUS_MEMBERS = List.of("status", "statusCode", "code");

  /** Members that mark a representation of a resource, which may record failures of its own. */
  private static final List<String> RESOURCE_IDS = List.of("id", "_id", "uuid");

  private static final Set<String> GRAPHQL_MEMBERS = Set.of("data", "errors", "extensions");

  private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

  private static List<Problem> successWithErrorBody(Subject s) {
    if (s.code().statusClass() != StatusClass.SUCCESSFUL || s.status() == MULTI_STATUS) {
      return List.of();
    }
    Optional<JsonNode> json = s.json().filter(JsonNode::isObject);
    Optional<String> marker = json.flatMap(body -> failureMarker(body, s));
    if (marker.isEmpty()) {
      return List.of();
    }
    Problem p =
        Problem.of(
            s.response() + " carries a body that reports a failure (" + marker.get() + ")",
            request(s),
            status(s),
            new Evidence("member", marker.get()),
            body(s));
    return List.of(
        bodyStatus(json.get())
            .map(
                code ->
                    p.withFix(
                        "The body says "
                            + StatusCodes.of(code)
                            + "; send that as the response's status and keep the body."))
            .orElse(p));
  }

  /**
   * What in the body says the request failed, as shown in evidence: {@code "success": false}. Only
   * top-level members count: a list of items with their own status fields describes the items, not
   * the response.
   */
  private static Optional<String> failureMarker(JsonNode body, Subject s) {
    if (isGraphQl(body)) {
      return graphQlRequestError(body, s);
    }
    for (String flag : List.of("success", "ok")) {
      JsonNode v = body.get(flag);
      if (v != null && v.isBoolean() && !v.booleanValue()) {
        return Optional.of(member(flag, v));
      }
    }
    Optional<String> status = statusMember(body).map(name -> member(name, body.get(name)));
    if (status.isPresent()) {
      return status;
    }
    // A resource that records a failure (a job with an "error" field) is a successful read of
    // that resource; only an envelope's error member speaks for the response.
    if (RESOURCE_IDS.stream().anyMatch(body::has)) {
      return Optional.empty();
    }
    for (String name : List.of("error", "errors")) {
      JsonNode v = body.get(name);
      if (v != null && reportsFailure(v)) {
        return Optional.of(member(name, v));
      }
    }
    return Optional.empty();
  }

  /** The failure status a top-level status, statusCode or code member gives, 400 to 599. */
  private static Optional<Integer> bodyStatus(JsonNode body) {
    return statusMember(body).map(name -> body.get(name).intValue());
  }

  /** Which of status, statusCode and code holds a number from 400 to 599, if one does. */
  private static Optional<String> statusMember(JsonNode body) {
    for (String name : STATUS_MEMBERS) {
      JsonNode v = body.get(name);
      if (v != null && v.isIntegralNumber() && v.canConvertToInt()) {
        int code = v.intValue();
        if (code >= 400 && code <= 599) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean reportsFailure(JsonNode v) {
    if (v.isTextual()) {
      return !v.asText().isBlank();
    }
    if (v.isContainerNode()) {
      return !v.isEmpty();
    }
    if (v.isBoolean()) {
      return v.booleanValue();
    }
    if (v.isNumber()) {
      return v.doubleValue() != 0;
    }
    return false; // null
  }

  /**
   * A GraphQL response: only data, errors and extensions at the top, and errors a list of objects
   * with a message, as the GraphQL specification's response format has them.
   */
  private static boolean isGraphQl(JsonNode body) {
    JsonNode errors = body.get("errors");
    if (errors == null || !errors.isArray() || errors.isEmpty()) {
      return false;
    }
    for (JsonNode e : errors) {
      if (!e.isObject() || !e.path("message").isTextual()) {
        return false;
      }
    }
    for (var names = body.fieldNames(); names.hasNext(); ) {
      if (!GRAPHQL_MEMBERS.contains(names.next())) {
        return false;
      }
    }
    return true;
  }

  /**
   * GraphQL over HTTP has 2xx for every response with a data entry, partial results included, and
   * 200 for every well-formed request answered as application/json. Only a response without data
   * sent as application/graphql-response+json must be 4xx or 5xx.
   * https://graphql.github.io/graphql-over-http/draft/#sec-application-graphql-response-json
   */
  private static Optional<String> graphQlRequestError(JsonNode body, Subject s) {
    boolean responseFormat = s.response().mediaType().filter(GRAPHQL_RESPONSE::equals).isPresent();
    if (body.has("data") || !responseFormat) {
      return Optional.empty();
    }
    return Optional.of("GraphQL errors without data, as " + GRAPHQL_RESPONSE);
  }

  private static String member(String name, JsonNode value) {
    String v = value.toString();
    return "\"" + name + "\": " + (v.length() > 60 ? v.substring(0, 59) + "…" : v);
  }

  // --- SK202 ---

  /**
   * The redirects after which a client may switch to GET, each with its twin that keeps the method
   * (RFC 9110 §15.4.8, §15.4.9).
   */
  private static final Map<Integer, Integer> METHOD_KEEPING = Map.of(301, 308, 302, 307);

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private static List<Problem> redirectChangesMethod(Subject s) {
    Integer keeping = METHOD_KEEPING.get(s.status());
    String method = s.request().method();
    if (keeping == null || !WRITES.contains(method)) {
      return List.of();
    }
    Problem p =
        Problem.of(
            s.response()
                + " answers a "
                + method
                + "; clients may follow it with a GET instead of repeating the "
                + method,
            request(s),
            status(s),
            s.response()
                .header("Location")
                .map(l -> Evidence.header("Location", l))
                .orElse(Evidence.absent("Location")));
    return List.of(
        p.withFix(
            "If the client should fetch the result, answer "
                + StatusCodes.of(303)
                + "; if it should repeat the "
                + method
                + " at the new URI, answer "
                + StatusCodes.of(keeping)
                + "."));
  }

  // --- SK203 ---

  private static List<Problem> deleteOkWithoutContent(Subject s) {
    if (!s.request().method().equals("DELETE") || s.status() != 200 || s.response().hasBody()) {
      return List.of();
    }
    return List.of(
        Problem.of(
            "DELETE answered " + s.response() + " with no content; 204 No Content says that",
            request(s),
            status(s),
            new Evidence("body", "(empty)")));
  }

  // --- SK204 ---

  private static List<Problem> postOkWithLocation(Subject s) {
    Optional<String> location = s.response().header("Location");
    if (!s.request().method().equals("POST") || s.status() != 200 || location.isEmpty()) {
      return List.of();
    }
    return List.of(
        Problem.of(
            "POST answered "
                + s.response()
                + " with Location "
                + location.get()
                + "; a created resource is announced with 201 Created",
            request(s),
            status(s),
            Evidence.header("Location", location.get())));
  }
}
