package dev.statuskit.rules;

import static dev.statuskit.rules.RuleCase.ex;
import static dev.statuskit.rules.RuleCase.flags;
import static dev.statuskit.rules.RuleCase.passes;
import static dev.statuskit.rules.RuleCase.skips;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

class SemanticRulesTest {

  static final String JSON = "application/json";

  // --- SK201: 2xx carrying an error body ---

  static Stream<RuleCase> sk201() {
    return Stream.of(
        flags(
            "success false",
            ex().status(200)
                .header("Content-Type", JSON)
                .body("{\"success\": false, \"message\": \"Card declined\"}")),
        flags(
            "Slack-style ok false",
            ex().status(200)
                .header("Content-Type", "application/json; charset=utf-8")
                .body("{\"ok\": false, \"error\": \"channel_not_found\"}")),
        flags(
            "nested error object",
            ex().status(200)
                .header("Content-Type", JSON)
                .body("{\"error\": {\"code\": \"NOT_FOUND\", \"message\": \"No order 42\"}}")),
        flags(
            "body status 500",
            ex().status(200)
                .header("Content-Type", JSON)
                .body("{\"status\": 500, \"message\": \"Internal error\"}")),
        flags(
            "body statusCode 404",
            ex().status(200)
                .header("Content-Type", JSON)
                .body("{\"statusCode\": 404, \"message\": \"Order not found\"}")),
        flags(
            "body code 401",
            ex().status(200).body("{\"code\": 401, \"msg\": \"token expired\", \"data\": null}")),
        flags(
            "errors list on 201",
            ex().method("POST")
                .status(201)
                .header("Content-Type", JSON)
                .body("{\"errors\": [\"quantity must be positive\"]}")),
        flags(
            "GraphQL request error without data, as graphql-response+json",
            ex().method("POST")
                .target("/graphql")
                .status(200)
                .header("Content-Type", "application/graphql-response+json")
                .body(
                    "{\"errors\": [{\"message\": \"Cannot query field \\\"prize\\\" on type"
                        + " \\\"Product\\\".\", \"locations\": [{\"line\": 1, \"column\": 9}]}]}")),
        passes(
            "status is a word",
            ex().status(200)
                .header("Content-Type", JSON)
                .body("{\"id\": 7, \"status\": \"active\"}")),
        passes(
            "code 200 in an envelope",
            ex().status(200)
                .header("Content-Type", JSON)
                .body("{\"code\": 200, \"data\": {\"id\": 7}}")),
        passes(
            "items with their own status fields",
            ex().status(200)
                .header("Content-Type", JSON)
                .body(
                    "{\"items\": [{\"id\": 1, \"status\": 500}, {\"id\": 2, \"error\": \"x\"}],"
                        + " \"error\": null}")),
        passes(
            "top-level array of statuses",
            ex().status(200).header("Content-Type", JSON).body("[{\"status\": 404}]")),
        passes(
            "success true",
            ex().status(200)
                .header("Content-Type", JSON)
                .body("{\"success\": true, \"errors\": [], \"error\": \"\"}")),
        // GraphQL over HTTP wants 2xx whenever the response has a data entry (a partial
        // result), and 200 for every well-formed request answered as application/json:
        // flagging these would be a false finding on every GraphQL API.
        passes(
            "GraphQL partial data with errors",
            ex().method("POST")
                .target("/graphql")
                .status(200)
                .header("Content-Type", JSON)
                .body(
                    "{\"data\": {\"order\": {\"id\": \"7\", \"customer\": null}}, \"errors\":"
                        + " [{\"message\": \"Customer service unavailable\", \"path\": [\"order\","
                        + " \"customer\"]}]}")),
        passes(
            "GraphQL errors without data, as application/json",
            ex().method("POST")
                .target("/graphql")
                .status(200)
                .header("Content-Type", JSON)
                .body(
                    "{\"errors\": [{\"message\": \"Syntax Error: Unexpected Name \\\"qurey\\\"\"}]}")),
        passes(
            "a job resource that records its own failure",
            ex().status(200)
                .header("Content-Type", JSON)
                .body(
                    "{\"id\": \"job_81\", \"state\": \"failed\", \"error\": \"upstream timeout\"}")),
        passes(
            "207 Multi-Status reports failed parts",
            ex().method("POST")
                .status(207)
                .header("Content-Type", JSON)
                .body("{\"results\": [{\"id\": 1}], \"errors\": [{\"index\": 1, \"code\": 409}]}")),
        passes(
            "a 4xx with an error body",
            ex().status(404).header("Content-Type", JSON).body("{\"error\": \"not found\"}")),
        passes(
            "HTML on 200",
            ex().status(200).header("Content-Type", "text/html").body("<h1>Hi</h1>")),
        skips("access-log line", ex().status(200).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk201(RuleCase c) {
    c.verify(SemanticRules.SUCCESS_WITH_ERROR_BODY);
  }

  @Test
  void sk201NamesTheMemberAndTheStatusTheBodyMeant() {
    var f =
        flags("", ex().status(200).header("Content-Type", JSON).body("{\"status\": 503}"))
            .verify(SemanticRules.SUCCESS_WITH_ERROR_BODY);
    assertThat(f.get(0).evidence()).contains(new Evidence("member", "\"status\": 503"));
    assertThat(f.get(0).fix()).contains("503 Service Unavailable");
  }

  // --- SK202: 301/302 answering a write ---

  static Stream<RuleCase> sk202() {
    return Stream.of(
        flags(
            "POST answered 302",
            ex().method("POST").target("/login").status(302).header("Location", "/home")),
        flags("PUT answered 302", ex().method("PUT").target("/orders/7").status(302)),
        flags("PATCH answered 302", ex().method("PATCH").status(302)),
        flags("DELETE answered 301", ex().method("DELETE").status(301).header("Location", "/x")),
        flags(
            "POST 302 from an access log",
            ex().method("POST").status(302).withoutHeadersOrBodies()),
        passes("GET answered 302", ex().status(302).header("Location", "/elsewhere")),
        passes("POST answered 303", ex().method("POST").status(303).header("Location", "/o/7")),
        passes("POST answered 307", ex().method("POST").status(307).header("Location", "/v2/o")),
        passes("PUT answered 308", ex().method("PUT").status(308).header("Location", "/v2/o/7")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk202(RuleCase c) {
    c.verify(SemanticRules.REDIRECT_CHANGES_METHOD);
  }

  @Test
  void sk202SuggestsTheTwinThatKeepsTheMethod() {
    var moved =
        flags("", ex().method("DELETE").status(301)).verify(SemanticRules.REDIRECT_CHANGES_METHOD);
    assertThat(moved.get(0).fix()).contains("303 See Other").contains("308 Permanent Redirect");
    var found =
        flags("", ex().method("POST").status(302).header("Location", "/home"))
            .verify(SemanticRules.REDIRECT_CHANGES_METHOD);
    assertThat(found.get(0).fix()).contains("307 Temporary Redirect");
    assertThat(found.get(0).evidence()).contains(new Evidence("Location", "/home"));
  }

  // --- SK203: DELETE 200 with an empty body ---

  static Stream<RuleCase> sk203() {
    return Stream.of(
        flags("DELETE 200 empty", ex().method("DELETE").target("/orders/7").status(200)),
        flags(
            "DELETE 200 empty with Content-Length 0",
            ex().method("DELETE").status(200).header("Content-Length", "0")),
        passes("DELETE 204", ex().method("DELETE").status(204)),
        passes(
            "DELETE 200 describing the outcome",
            ex().method("DELETE")
                .status(200)
                .header("Content-Type", JSON)
                .body("{\"deleted\": true, \"id\": 7}")),
        passes("DELETE 202 queued", ex().method("DELETE").status(202)),
        passes("GET 200 empty", ex().status(200)),
        skips("access-log line", ex().method("DELETE").status(200).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk203(RuleCase c) {
    c.verify(SemanticRules.DELETE_OK_WITHOUT_CONTENT);
  }

  // --- SK204: POST 200 with Location ---

  static Stream<RuleCase> sk204() {
    return Stream.of(
        flags(
            "POST 200 with Location",
            ex().method("POST")
                .target("/orders")
                .status(200)
                .header("Location", "/orders/42")
                .header("Content-Type", JSON)
                .body("{\"id\": 42}")),
        flags(
            "POST 200 with absolute Location",
            ex().method("POST").status(200).header("location", "https://api.example.com/o/42")),
        passes(
            "POST 201 with Location", ex().method("POST").status(201).header("Location", "/o/42")),
        passes("POST 200 without Location", ex().method("POST").status(200)),
        passes("PUT 200 with Location", ex().method("PUT").status(200).header("Location", "/o/42")),
        passes(
            "POST 303 with Location", ex().method("POST").status(303).header("Location", "/o/42")),
        skips("access-log line", ex().method("POST").status(200).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk204(RuleCase c) {
    c.verify(SemanticRules.POST_OK_WITH_LOCATION);
  }

  // --- the catalogue ---

  static final List<Rule> rules = SemanticRules.ALL;

  @ParameterizedTest(name = "{0}")
  @FieldSource("rules")
  void everyRuleIsDocumentedInItsRange(Rule rule) {
    assertThat(rule.id()).matches("SK2\\d\\d");
    assertThat(rule.category()).isEqualTo(Category.SEMANTICS);
    assertThat(rule.title()).isNotBlank();
    assertThat(rule.rationale()).isNotBlank();
    assertThat(rule.fix()).isNotBlank();
    assertThat(rule.link()).startsWith("https://");
  }

  @Test
  void idsAreUniqueAcrossTheCatalogue() {
    var ids = Rules.catalogue().rules().stream().map(Rule::id).toList();
    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsAll(SemanticRules.ALL.stream().map(Rule::id).toList());
  }
}
