package dev.statuskit.test;

import static dev.statuskit.test.FailureText.clean;
import static dev.statuskit.test.FailureText.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Response;
import dev.statuskit.registry.StatusClass;
import dev.statuskit.registry.StatusCode;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import dev.statuskit.rules.Severity;
import dev.statuskit.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one HTTP exchange, whichever client made it. Obtain one from {@link
 * StatusAssertions#assertThat(Exchange)} or from the entry point of your client in {@code
 * dev.statuskit.test.adapter}.
 *
 * <pre>{@code
 * assertThat(response).isCreated().hasLocation().conformsToStatusRules();
 * }</pre>
 *
 * <p>Failure messages name codes as the registry does and say what they mean: {@code Expected
 * status 201 Created, but was 200 OK.} followed by the meaning of both codes and the exchange.
 */
public class ExchangeAssert extends AbstractAssert<ExchangeAssert, Exchange> {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** RFC 9457 §3: the media type of a problem details object in JSON. */
  private static final String PROBLEM_JSON = "application/problem+json";

  /** Public for AssertJ's soft assertions, which build their proxies through it. */
  public ExchangeAssert(Exchange actual) {
    super(actual, ExchangeAssert.class);
  }

  // ---- status by number -------------------------------------------------------------------

  /** The status is exactly this code. */
  public ExchangeAssert hasStatus(int code) {
    StatusCode expected = StatusCodes.of(code);
    isNotNull();
    if (status() != code) {
      List<String> lines = new ArrayList<>();
      lines.add("Expected status " + expected + ", but was " + response() + ".");
      lines.add(FailureText.meaning(expected));
      lines.add(FailureText.meaning(response().code()));
      lines.addAll(FailureText.context(actual));
      fail(lines);
    }
    return this;
  }

  /** 200 OK. */
  public ExchangeAssert isOk() {
    return hasStatus(200);
  }

  /** 201 Created. */
  public ExchangeAssert isCreated() {
    return hasStatus(201);
  }

  /** 202 Accepted. */
  public ExchangeAssert isAccepted() {
    return hasStatus(202);
  }

  /** 204 No Content. */
  public ExchangeAssert isNoContent() {
    return hasStatus(204);
  }

  /** 301 Moved Permanently. */
  public ExchangeAssert isMovedPermanently() {
    return hasStatus(301);
  }

  /** 303 See Other. */
  public ExchangeAssert isSeeOther() {
    return hasStatus(303);
  }

  /** 304 Not Modified. */
  public ExchangeAssert isNotModified() {
    return hasStatus(304);
  }

  /** 307 Temporary Redirect. */
  public ExchangeAssert isTemporaryRedirect() {
    return hasStatus(307);
  }

  /** 308 Permanent Redirect. */
  public ExchangeAssert isPermanentRedirect() {
    return hasStatus(308);
  }

  /** 400 Bad Request. */
  public ExchangeAssert isBadRequest() {
    return hasStatus(400);
  }

  /** 401 Unauthorized. */
  public ExchangeAssert isUnauthorized() {
    return hasStatus(401);
  }

  /** 403 Forbidden. */
  public ExchangeAssert isForbidden() {
    return hasStatus(403);
  }

  /** 404 Not Found. */
  public ExchangeAssert isNotFound() {
    return hasStatus(404);
  }

  /** 405 Method Not Allowed. */
  public ExchangeAssert isMethodNotAllowed() {
    return hasStatus(405);
  }

  /** 406 Not Acceptable. */
  public ExchangeAssert isNotAcceptable() {
    return hasStatus(406);
  }

  /** 409 Conflict. */
  public ExchangeAssert isConflict() {
    return hasStatus(409);
  }

  /** 410 Gone. */
  public ExchangeAssert isGone() {
    return hasStatus(410);
  }

  /** 412 Precondition Failed. */
  public ExchangeAssert isPreconditionFailed() {
    return hasStatus(412);
  }

  /** 415 Unsupported Media Type. */
  public ExchangeAssert isUnsupportedMediaType() {
    return hasStatus(415);
  }

  /** 422 Unprocessable Content. */
  public ExchangeAssert isUnprocessableContent() {
    return hasStatus(422);
  }

  /** 429 Too Many Requests. */
  public ExchangeAssert isTooManyRequests() {
    return hasStatus(429);
  }

  /** 500 Internal Server Error. */
  public ExchangeAssert isInternalServerError() {
    return hasStatus(500);
  }

  /** 502 Bad Gateway. */
  public ExchangeAssert isBadGateway() {
    return hasStatus(502);
  }

  /** 503 Service Unavailable. */
  public ExchangeAssert isServiceUnavailable() {
    return hasStatus(503);
  }

  /** 504 Gateway Timeout. */
  public ExchangeAssert isGatewayTimeout() {
    return hasStatus(504);
  }

  // ---- status by class --------------------------------------------------------------------

  /** The status is in this class (RFC 9110 §15: the first digit). */
  public ExchangeAssert hasStatusClass(StatusClass expected) {
    isNotNull();
    if (response().code().statusClass() != expected) {
      failClass("a " + expected.label() + " " + expected.title());
    }
    return this;
  }

  /** 1xx. */
  public ExchangeAssert isInformational() {
    return hasStatusClass(StatusClass.INFORMATIONAL);
  }

  /** 2xx. */
  public ExchangeAssert isSuccessful() {
    return hasStatusClass(StatusClass.SUCCESSFUL);
  }

  /** 3xx. */
  public ExchangeAssert isRedirection() {
    return hasStatusClass(StatusClass.REDIRECTION);
  }

  /** 4xx. */
  public ExchangeAssert isClientError() {
    return hasStatusClass(StatusClass.CLIENT_ERROR);
  }

  /** 5xx. */
  public ExchangeAssert isServerError() {
    return hasStatusClass(StatusClass.SERVER_ERROR);
  }

  /** 4xx or 5xx. */
  public ExchangeAssert isError() {
    isNotNull();
    if (!response().code().statusClass().isError()) {
      failClass("an error (4xx Client Error or 5xx Server Error)");
    }
    return this;
  }

  private void failClass(String expected) {
    List<String> lines = new ArrayList<>();
    lines.add("Expected " + expected + " status, but was " + response() + ".");
    lines.add(FailureText.meaning(response().code()));
    lines.addAll(FailureText.context(actual));
    fail(lines);
  }

  // ---- headers ----------------------------------------------------------------------------

  /** The response has the header field, with any value. */
  public ExchangeAssert hasHeader(String name) {
    isNotNull();
    if (!response().hasHeader(name)) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected a "
              + name
              + " header on "
              + response()
              + ", but "
              + (response().headers().isPresent()
                  ? "there was none."
                  : "the response headers were not recorded."));
      lines.addAll(FailureText.requirement(response().code(), name));
      lines.addAll(FailureText.context(actual));
      lines.add("  headers:  " + FailureText.headerNames(response()));
      fail(lines);
    }
    return this;
  }

  /** The response's first field of this name has exactly this value (surrounding space aside). */
  public ExchangeAssert hasHeader(String name, String value) {
    hasHeader(name);
    String seen = response().header(name).orElseThrow();
    if (!seen.equals(value.strip())) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected header "
              + name
              + " to be "
              + quote(name, value.strip())
              + ", but was "
              + quote(name, seen)
              + ".");
      lines.addAll(FailureText.context(actual));
      fail(lines);
    }
    return this;
  }

  /** The response has no field of this name. */
  public ExchangeAssert doesNotHaveHeader(String name) {
    isNotNull();
    if (response().hasHeader(name)) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected no "
              + name
              + " header on "
              + response()
              + ", but it was "
              + quote(name, response().header(name).orElseThrow())
              + ".");
      lines.addAll(FailureText.context(actual));
      fail(lines);
    }
    return this;
  }

  /** The response has a Location header (RFC 9110 §10.2.2). */
  public ExchangeAssert hasLocation() {
    return hasHeader("Location");
  }

  /** The response's Location is exactly this URI reference, as sent (relative stays relative). */
  public ExchangeAssert hasLocation(String expected) {
    return hasHeader("Location", expected);
  }

  /** Rule SK112 alone: the one judge of a Retry-After's syntax. */
  private static final RuleSet RETRY_AFTER_SYNTAX =
      Rules.catalogue().only(r -> r.id().equals("SK112"));

  /**
   * The response has a Retry-After that clients can read: whole seconds or an HTTP-date (RFC 9110
   * §10.2.3). The syntax is judged by statuskit's rule SK112.
   */
  public ExchangeAssert hasRetryAfter() {
    hasHeader("Retry-After");
    List<Finding> malformed = RETRY_AFTER_SYNTAX.check(actual).findings();
    if (!malformed.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected a Retry-After header clients can read, but it was "
              + quote("Retry-After", response().header("Retry-After").orElseThrow())
              + ".");
      malformed.forEach(f -> FailureText.finding(f).forEach(l -> lines.add("  " + l)));
      fail(lines);
    }
    return this;
  }

  /** The media type of Content-Type, without parameters, is this one (case aside). */
  public ExchangeAssert hasContentType(String mediaType) {
    hasHeader("Content-Type");
    String seen = response().mediaType().orElse("");
    if (!seen.equalsIgnoreCase(mediaType.strip())) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected content of type "
              + clean(mediaType.strip())
              + ", but Content-Type was "
              + quote("Content-Type", response().header("Content-Type").orElseThrow())
              + ".");
      lines.addAll(FailureText.context(actual));
      fail(lines);
    }
    return this;
  }

  // ---- body -------------------------------------------------------------------------------

  /** The response carries no content. */
  public ExchangeAssert hasNoBody() {
    isNotNull();
    if (response().hasBody()) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected no content on "
              + response()
              + ", but there were "
              + response().body().orElseThrow().size()
              + " bytes.");
      lines.addAll(FailureText.context(actual));
      fail(lines);
    }
    return this;
  }

  /** The response body contains this text (within the first {@code Body.EXCERPT} characters). */
  public ExchangeAssert hasBodyContaining(String text) {
    isNotNull();
    if (!response().body().map(b -> b.text().contains(text)).orElse(false)) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected the body of "
              + response()
              + " to contain \""
              + clean(text)
              + "\", but it did not"
              + (response().hasBody() ? "." : ": there was no body."));
      lines.addAll(FailureText.context(actual));
      fail(lines);
    }
    return this;
  }

  /**
   * The response is a problem details object (RFC 9457): Content-Type {@code
   * application/problem+json} and a JSON object whose {@code status}, if present, is the
   * response's.
   */
  public ExchangeAssert hasProblemDetails() {
    problem();
    return this;
  }

  /** A problem details body whose {@code type} is this URI (absent means about:blank). */
  public ExchangeAssert hasProblemType(String type) {
    String seen = problemMember(problem(), "type").orElse("about:blank");
    if (!seen.equals(type)) {
      failProblemMember("type", type, seen);
    }
    return this;
  }

  /** A problem details body whose {@code title} is this text. */
  public ExchangeAssert hasProblemTitle(String title) {
    Optional<String> seen = problemMember(problem(), "title");
    if (!seen.equals(Optional.of(title))) {
      failProblemMember("title", title, seen.orElse(null));
    }
    return this;
  }

  private void failProblemMember(String member, String expected, String seen) {
    List<String> lines = new ArrayList<>();
    lines.add(
        "Expected problem "
            + member
            + " \""
            + clean(expected)
            + "\", but "
            + (seen == null ? "the problem has no " + member : "was \"" + clean(seen) + "\"")
            + ".");
    lines.addAll(FailureText.context(actual));
    fail(lines);
  }

  private static Optional<String> problemMember(JsonNode problem, String name) {
    return Optional.ofNullable(problem.get(name)).filter(JsonNode::isTextual).map(JsonNode::asText);
  }

  /** The problem details object, or a failure saying why the body is not one. */
  private JsonNode problem() {
    isNotNull();
    Optional<String> why = Optional.empty();
    JsonNode node = null;
    if (!response().mediaType().orElse("").equals(PROBLEM_JSON)) {
      why =
          Optional.of(
              response()
                  .header("Content-Type")
                  .map(v -> "Content-Type was " + quote("Content-Type", v))
                  .orElse("there was no Content-Type"));
    } else if (!response().hasBody()) {
      why = Optional.of("there was no body");
    } else {
      node = parse(response().body().orElseThrow().text());
      if (node == null || !node.isObject()) {
        why = Optional.of("the body is not a JSON object");
      } else if (node.has("status") && node.get("status").asInt() != status()) {
        why =
            Optional.of(
                "its status member says "
                    + clean(node.get("status").toString())
                    + " (RFC 9457 §3.1.2: it must match the response's)");
      }
    }
    if (why.isPresent()) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected problem details (RFC 9457, "
              + PROBLEM_JSON
              + ") on "
              + response()
              + ", but "
              + why.get()
              + ".");
      lines.addAll(FailureText.context(actual));
      fail(lines);
    }
    return node;
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  // ---- the rule catalogue -----------------------------------------------------------------

  /** Passes every rule of the catalogue: no finding at warning or above. */
  public ExchangeAssert conformsToStatusRules() {
    return conformsToStatusRules(RulePolicy.defaults());
  }

  /** Passes the catalogue as a team configured it ({@code .statuskit.yml}). */
  public ExchangeAssert conformsToStatusRules(RuleConfig config) {
    return conformsToStatusRules(RulePolicy.defaults().with(config));
  }

  /** Passes the catalogue with no finding at or above this severity. */
  public ExchangeAssert conformsToStatusRules(Severity failOn) {
    return conformsToStatusRules(RulePolicy.defaults().failingOn(failOn));
  }

  /**
   * Passes the policy's rules. The failure lists every finding that fails: rule id, severity,
   * title, message, evidence, fix and link.
   */
  public ExchangeAssert conformsToStatusRules(RulePolicy policy) {
    isNotNull();
    Verdict verdict = policy.rules().check(actual);
    List<Finding> failing = policy.failing(verdict);
    if (!failing.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add(
          "Expected "
              + FailureText.exchangeLine(actual)
              + " to pass statuskit's status rules, but there "
              + (failing.size() == 1 ? "is " : "are ")
              + FailureText.count(failing.size(), policy.failOn())
              + ":");
      lines.addAll(FailureText.findings(failing, policy.tolerated(verdict)));
      fail(lines);
    }
    return this;
  }

  // ---- helpers ----------------------------------------------------------------------------

  private Response response() {
    return actual.response();
  }

  private int status() {
    return actual.response().status();
  }

  /** AssertJ formats messages with String.format; ours are plain text. */
  private void fail(List<String> lines) {
    failWithMessage(FailureText.join(lines).replace("%", "%%"));
  }
}
