package dev.statuskit.report;

import dev.statuskit.exchange.Exchange;
import dev.statuskit.exchange.Part;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Evidence;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import dev.statuskit.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fixed, hand-built audit result for report tests. Its rules are test rules (SK9xx) and every
 * catalogue rule is disabled, so the reports do not change when the catalogue grows.
 */
final class Fixture {
  private Fixture() {}

  static final ReportOptions OPTIONS = new ReportOptions(false, 80, "1.2.3");

  static final Rule CREATED =
      Rule.define("SK901")
          .title("201 Created without Location")
          .category(Category.PROTOCOL)
          .severity(Severity.ERROR)
          .rationale(
              "A 201 says something was created; without Location the client cannot find it.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-15.3.2")
          .fix("Send Location with the URI of the new resource.")
          .needs(Part.RESPONSE_HEADERS)
          .check(s -> List.of());

  static final Rule RETRY =
      Rule.define("SK902")
          .title("429 without Retry-After")
          .category(Category.PROTOCOL)
          .severity(Severity.WARNING)
          .rationale("Without Retry-After a throttled client can only guess when to come back.")
          .link("https://www.rfc-editor.org/rfc/rfc6585#section-4")
          .fix("Send Retry-After with the seconds until the client may retry.")
          .needs(Part.RESPONSE_HEADERS)
          .check(s -> List.of());

  static final Rule STACK =
      Rule.define("SK903")
          .title("Error body leaks a stack trace")
          .category(Category.ERROR_BODY)
          .severity(Severity.WARNING)
          .rationale("A stack trace tells an attacker which code runs and where it breaks.")
          .link("https://owasp.org/www-community/Improper_Error_Handling")
          .fix("Log the trace on the server; send a problem+json body with a request id.")
          .needs(Part.RESPONSE_BODY)
          .check(s -> List.of());

  static final Rule EMPTY_DELETE =
      Rule.define("SK904")
          .title("DELETE answered 200 with an empty body")
          .category(Category.SEMANTICS)
          .severity(Severity.INFO)
          .rationale("204 No Content says the same with less for the client to read.")
          .link("https://www.rfc-editor.org/rfc/rfc9110#section-9.3.5")
          .fix("Answer 204 No Content.")
          .needs(Part.RESPONSE_BODY)
          .check(s -> List.of());

  static final Rule PHRASE =
      Rule.define("SK905")
          .title("Reason phrase contradicts the code")
          .category(Category.PROTOCOL)
          .severity(Severity.INFO)
          .rationale("A reason phrase naming another code misleads whoever reads the logs.")
          .link("https://www.rfc-editor.org/rfc/rfc9112#section-4")
          .fix("Send the registered phrase, or none.")
          .needs(Part.REASON_PHRASE)
          .check(s -> List.of());

  static final List<Rule> TEST_RULES = List.of(CREATED, RETRY, STACK, EMPTY_DELETE, PHRASE);

  /** The test rules alone (the catalogue's are disabled), with SK903 raised to error. */
  static RuleSet rules() {
    return rules(Map.of("SK903", Severity.ERROR));
  }

  static RuleSet rules(Map<String, Severity> severities) {
    RuleSet all = Rules.catalogue().plus(TEST_RULES);
    List<String> catalogue =
        Rules.catalogue().rules().stream()
            .map(Rule::id)
            .filter(id -> !id.startsWith("SK9"))
            .toList();
    return all.with(new RuleConfig(severities, catalogue, List.of(), "test"));
  }

  static Finding finding(
      RuleSet rules, Rule rule, Exchange exchange, String message, Evidence... evidence) {
    return new Finding(
        rule, rules.severityOf(rule), message, List.of(evidence), rule.fix(), exchange);
  }

  /** The audit of "shop.har": three rules with findings, one passing, one skipped everywhere. */
  static AuditResult result() {
    RuleSet rules = rules();
    Exchange order =
        Exchange.builder()
            .method("POST")
            .target("https://api.example.com/orders")
            .requestHeader("Authorization", "Bearer s3cr3t-t0ken-abcdef")
            .requestHeader("Content-Type", "application/json")
            .requestBody("{\"sku\": 7}")
            .status(201)
            .reason("Created")
            .source("shop.har entry 3")
            .build();
    Exchange cart =
        Exchange.builder()
            .method("POST")
            .target("https://api.example.com/carts")
            .status(201)
            .source("shop.har entry 9")
            .build();
    Exchange search =
        Exchange.builder()
            .target("https://api.example.com/search?q=shoes|boots&sort=price")
            .status(429)
            .header("Content-Type", "application/json")
            .body("{\"error\": \"slow down\"}")
            .source("shop.har entry 14")
            .build();
    Exchange crash =
        Exchange.builder()
            .target("https://api.example.com/orders/7")
            .status(500)
            .header("Content-Type", "text/plain")
            .body("java.lang.IllegalStateException: boom\n\tat com.shop.Orders.get(Orders.java:42)")
            .source("shop.har entry 21")
            .build();
    List<Finding> findings = new ArrayList<>();
    findings.add(
        finding(
            rules,
            CREATED,
            order,
            "201 Created has no Location header (MUST in RFC 9110 §15.3.2)",
            new Evidence("request", "POST https://api.example.com/orders"),
            new Evidence("status", "201 Created"),
            Evidence.absent("Location")));
    findings.add(
        finding(
            rules,
            CREATED,
            cart,
            "201 Created has no Location header (MUST in RFC 9110 §15.3.2)",
            new Evidence("request", "POST https://api.example.com/carts"),
            new Evidence("status", "201 Created"),
            Evidence.absent("Location")));
    findings.add(
        new Finding(
            RETRY,
            rules.severityOf(RETRY),
            "429 Too Many Requests has no Retry-After header; a *throttled* client <must> guess",
            List.of(
                new Evidence("request", "GET https://api.example.com/search?q=shoes|boots"),
                Evidence.absent("Retry-After"),
                new Evidence("body", "{\"error\": \"slow down\"}")),
            "Send Retry-After: 30 (or the seconds until the window resets).",
            search));
    findings.add(
        finding(
            rules,
            STACK,
            crash,
            "500 Internal Server Error body contains a Java stack trace",
            new Evidence("request", "GET https://api.example.com/orders/7"),
            new Evidence(
                "body",
                "java.lang.IllegalStateException: boom at"
                    + " com.shop.Orders.get(Orders.java:42)")));
    return new AuditResult(
        "shop.har",
        rules,
        1250,
        3,
        findings,
        Map.of("SK901", 4L, "SK902", 1L, "SK903", 1L),
        Map.of("SK903", 1200L, "SK904", 1200L, "SK905", 1247L),
        Map.of("status 0 (no response)", 2L, "not an HTTP URL", 1L),
        List.of(
            "shop.har entry 7: status 0 (no response)",
            "shop.har entry 8: status 0 (no response)",
            "shop.har entry 30: not an HTTP URL"));
  }

  /** An audit of a live API with nothing to report. */
  static AuditResult clean() {
    return new AuditResult(
        "https://api.example.com",
        rules(),
        42,
        0,
        List.of(),
        Map.of(),
        Map.of(),
        Map.of(),
        List.of());
  }
}
