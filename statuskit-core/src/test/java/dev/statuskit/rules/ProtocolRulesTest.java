package dev.statuskit.rules;

import static dev.statuskit.rules.RuleCase.ex;
import static dev.statuskit.rules.RuleCase.flags;
import static dev.statuskit.rules.RuleCase.passes;
import static dev.statuskit.rules.RuleCase.skips;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.registry.StatusCodes;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProtocolRulesTest {

  /** A HAR entry whose bodies were not saved: headers known, bodies not. */
  private static Exchange.Builder withoutBodies(Exchange.Builder b) {
    return b.body(Optional.empty()).requestBody(Optional.empty());
  }

  /** The only finding the rule raises on the exchange. */
  private static Finding only(Rule rule, Exchange.Builder exchange) {
    List<Finding> found = flags("case", exchange).verify(rule);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Severity registrySeverity(int code, String header) {
    return Severity.forMissing(StatusCodes.of(code).header(header).orElseThrow().strength());
  }

  // ---- SK101 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk101() {
    return Stream.of(
        flags("201 without Location", ex().method("POST").target("/orders").status(201)),
        flags("201 with an empty Location", ex().status(201).header("Location", "")),
        passes("201 with Location", ex().status(201).header("Location", "/orders/42")),
        passes("location in any case", ex().status(201).header("location", "/orders/42")),
        passes("200 without Location", ex().status(200)),
        skips("access-log line, no headers", ex().status(201).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk101(RuleCase c) {
    c.verify(ProtocolRules.CREATED_WITHOUT_LOCATION);
  }

  @Test
  void sk101TakesItsSeverityFromTheRegistry() {
    // 201 → Location is PRACTICE in the registry, hence a warning, not an error.
    assertThat(ProtocolRules.CREATED_WITHOUT_LOCATION.severity()).isEqualTo(Severity.WARNING);
    var f =
        flags("201", ex().method("POST").target("/orders").status(201))
            .verify(ProtocolRules.CREATED_WITHOUT_LOCATION);
    assertThat(f.get(0).message()).contains("201 Created").contains("Location");
    assertThat(f.get(0).evidence()).contains(new Evidence("Location", "(absent)"));
  }

  @Test
  void sk101SaysWhenLocationIsEmptyRatherThanAbsent() {
    Finding f =
        only(ProtocolRules.CREATED_WITHOUT_LOCATION, ex().status(201).header("Location", " "));
    assertThat(f.message()).contains("empty Location");
    assertThat(f.evidence()).contains(new Evidence("Location", "(empty)"));
  }

  // ---- SK102 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk102() {
    return Stream.of(
        flags("301 without Location", ex().status(301)),
        flags("302 after POST without Location", ex().method("POST").status(302)),
        flags("303 without Location", ex().status(303)),
        flags("307 without Location", ex().status(307)),
        flags("308 without Location", ex().status(308)),
        flags("302 with an empty Location", ex().status(302).header("Location", "")),
        passes("302 with Location", ex().status(302).header("Location", "/login")),
        passes("308 with lower-case location", ex().status(308).header("location", "/v2/x")),
        passes("304 is no redirect", ex().status(304)),
        passes("300 is not in the rule's codes", ex().status(300)),
        passes("200 without Location", ex()),
        skips("access-log 302", ex().status(302).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk102(RuleCase c) {
    c.verify(ProtocolRules.REDIRECT_WITHOUT_LOCATION);
  }

  @Test
  void sk102SuggestsSeeOtherFor302AfterPost() {
    Finding f =
        only(
            ProtocolRules.REDIRECT_WITHOUT_LOCATION,
            ex().method("POST").target("/orders").status(302));
    assertThat(f.fix()).contains("303 See Other").contains("307").contains("POST");
    assertThat(f.evidence()).contains(new Evidence("request", "POST /orders"));
  }

  @Test
  void sk102KeepsTheGeneralFixForSafeMethodsAndOtherCodes() {
    Rule rule = ProtocolRules.REDIRECT_WITHOUT_LOCATION;
    assertThat(only(rule, ex().method("GET").status(302)).fix()).isEqualTo(rule.fix());
    assertThat(only(rule, ex().method("POST").status(303)).fix()).isEqualTo(rule.fix());
    assertThat(only(rule, ex().method("PUT").status(301)).fix()).contains("308");
  }

  @Test
  void sk102CitesEachCodesOwnRequirement() {
    // 301 has Location as a SHOULD, 303 only by practice: the message says which.
    assertThat(only(ProtocolRules.REDIRECT_WITHOUT_LOCATION, ex().status(301)).message())
        .contains("SHOULD in RFC 9110 §15.4.2");
    assertThat(only(ProtocolRules.REDIRECT_WITHOUT_LOCATION, ex().status(303)).message())
        .contains("common practice");
    assertThat(ProtocolRules.REDIRECT_WITHOUT_LOCATION.severity())
        .isEqualTo(registrySeverity(301, "Location"))
        .isEqualTo(registrySeverity(303, "Location"));
  }

  // ---- SK103 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk103() {
    return Stream.of(
        flags("401 without WWW-Authenticate", ex().status(401)),
        flags("401 with an empty challenge", ex().status(401).header("WWW-Authenticate", "")),
        flags(
            "401 to a bearer token, without challenge",
            ex().requestHeader("Authorization", "Bearer abc.def").status(401)),
        passes(
            "401 with a challenge",
            ex().status(401).header("WWW-Authenticate", "Bearer realm=\"api\"")),
        passes(
            "header name in lower case",
            ex().status(401).header("www-authenticate", "Basic realm=\"x\"")),
        passes("403 needs no challenge", ex().status(403)),
        passes("200", ex()),
        skips("access-log 401", ex().status(401).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk103(RuleCase c) {
    c.verify(ProtocolRules.UNAUTHORIZED_WITHOUT_CHALLENGE);
  }

  @Test
  void sk103IsAnErrorBecauseTheChallengeIsAMust() {
    assertThat(ProtocolRules.UNAUTHORIZED_WITHOUT_CHALLENGE.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void sk103NamesTheSchemeTheClientUsedButNeverItsCredentials() {
    Finding f =
        only(
            ProtocolRules.UNAUTHORIZED_WITHOUT_CHALLENGE,
            ex().requestHeader("Authorization", "Bearer s3cr3t-token").status(401));
    assertThat(f.fix()).contains("WWW-Authenticate: Bearer").contains("invalid_token");
    assertThat(f.fix() + f.message() + f.evidence()).doesNotContain("s3cr3t");
  }

  @Test
  void sk103IgnoresAuthorizationValuesThatAreNoKnownScheme() {
    Finding f =
        only(
            ProtocolRules.UNAUTHORIZED_WITHOUT_CHALLENGE,
            ex().requestHeader("Authorization", "s3cr3t-key with-space").status(401));
    assertThat(f.fix()).isEqualTo(ProtocolRules.UNAUTHORIZED_WITHOUT_CHALLENGE.fix());
  }

  // ---- SK104 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk104() {
    return Stream.of(
        flags("405 without Allow", ex().method("DELETE").status(405)),
        flags(
            "Allow lists the refused method",
            ex().method("DELETE").status(405).header("Allow", "GET, DELETE")),
        flags(
            "Allow lists it in lower case",
            ex().method("DELETE").status(405).header("Allow", "get,delete")),
        flags(
            "Allow split over two fields",
            ex().method("POST").status(405).header("Allow", "GET").header("Allow", "POST")),
        passes(
            "Allow lists the others",
            ex().method("DELETE").status(405).header("Allow", "GET, HEAD")),
        passes(
            "an empty Allow: nothing is allowed",
            ex().method("PUT").status(405).header("Allow", "")),
        passes("header name in lower case", ex().method("PUT").status(405).header("allow", "GET")),
        passes(
            "GET is not refused when HEAD is",
            ex().method("HEAD").status(405).header("Allow", "GET")),
        passes("404 needs no Allow", ex().status(404)),
        skips("access-log 405", ex().status(405).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk104(RuleCase c) {
    c.verify(ProtocolRules.METHOD_NOT_ALLOWED_WITHOUT_ALLOW);
  }

  @Test
  void sk104TellsAMissingAllowFromAContradictingOne() {
    Rule rule = ProtocolRules.METHOD_NOT_ALLOWED_WITHOUT_ALLOW;
    Finding missing = only(rule, ex().method("DELETE").status(405));
    Finding contradicts =
        only(rule, ex().method("DELETE").status(405).header("Allow", "GET, DELETE"));
    assertThat(missing.message()).contains("no Allow");
    assertThat(contradicts.message()).contains("refuses DELETE").contains("lists DELETE");
    assertThat(contradicts.evidence()).contains(new Evidence("Allow", "GET, DELETE"));
    assertThat(contradicts.fix()).isNotEqualTo(rule.fix());
    assertThat(rule.severity()).isEqualTo(Severity.ERROR);
  }

  // ---- SK105 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk105() {
    return Stream.of(
        flags("407 without Proxy-Authenticate", ex().status(407)),
        flags("407 with an empty challenge", ex().status(407).header("Proxy-Authenticate", "")),
        passes("407 with a challenge", ex().status(407).header("Proxy-Authenticate", "Basic")),
        passes("lower-case name", ex().status(407).header("proxy-authenticate", "Basic")),
        passes("401 is SK103's business", ex().status(401)),
        skips("access-log 407", ex().status(407).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk105(RuleCase c) {
    c.verify(ProtocolRules.PROXY_AUTH_WITHOUT_CHALLENGE);
    assertThat(ProtocolRules.PROXY_AUTH_WITHOUT_CHALLENGE.severity())
        .isEqualTo(registrySeverity(407, "Proxy-Authenticate"));
  }

  // ---- SK106 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk106() {
    return Stream.of(
        flags("206 without Content-Range", ex().status(206)),
        flags(
            "206 single part without Content-Range",
            ex().status(206).header("Content-Type", "application/octet-stream").body("abc")),
        flags("206 with an empty Content-Range", ex().status(206).header("Content-Range", "")),
        passes("206 with Content-Range", ex().status(206).header("Content-Range", "bytes 0-2/9")),
        passes("lower-case name", ex().status(206).header("content-range", "bytes 0-2/9")),
        passes(
            "multipart/byteranges: each part has its own",
            ex().status(206).header("Content-Type", "multipart/byteranges; boundary=XYZ")),
        passes(
            "media type in upper case",
            ex().status(206).header("Content-Type", "Multipart/Byteranges; boundary=XYZ")),
        passes("200 without Content-Range", ex()),
        skips("access-log 206", ex().status(206).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk106(RuleCase c) {
    c.verify(ProtocolRules.PARTIAL_WITHOUT_CONTENT_RANGE);
  }

  // ---- SK107 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk107() {
    return Stream.of(
        flags("416 without Content-Range", ex().status(416)),
        flags("416 to a byte range", ex().requestHeader("Range", "bytes=5000-").status(416)),
        flags(
            "416 without request headers recorded",
            ex().requestHeaders(Optional.empty()).status(416)),
        passes("416 with Content-Range", ex().status(416).header("Content-Range", "bytes */47022")),
        passes(
            "416 to a range in another unit", ex().requestHeader("Range", "items=0-9").status(416)),
        passes("206 is SK106's business", ex().status(206)),
        skips("access-log 416", ex().status(416).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk107(RuleCase c) {
    c.verify(ProtocolRules.RANGE_NOT_SATISFIABLE_WITHOUT_CONTENT_RANGE);
  }

  @Test
  void sk107IsAWarningBecauseTheRegistrySaysShould() {
    assertThat(ProtocolRules.RANGE_NOT_SATISFIABLE_WITHOUT_CONTENT_RANGE.severity())
        .isEqualTo(registrySeverity(416, "Content-Range"))
        .isEqualTo(Severity.WARNING);
  }

  // ---- SK108 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk108() {
    return Stream.of(
        flags("426 without Upgrade", ex().status(426)),
        flags("426 with an empty Upgrade", ex().status(426).header("Upgrade", " ")),
        passes("426 with Upgrade", ex().status(426).header("Upgrade", "HTTP/2")),
        passes("lower-case name", ex().status(426).header("upgrade", "websocket")),
        passes("400 needs no Upgrade", ex().status(400)),
        skips("access-log 426", ex().status(426).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk108(RuleCase c) {
    c.verify(ProtocolRules.UPGRADE_REQUIRED_WITHOUT_UPGRADE);
  }

  // ---- SK109 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk109() {
    return Stream.of(
        flags("204 with content", ex().method("DELETE").status(204).body("{\"deleted\":true}")),
        flags("205 with content", ex().status(205).body("reset")),
        flags("304 with content", ex().status(304).body("<html>cached</html>")),
        flags("100 with content", ex().status(100).body("x")),
        flags("HEAD answered 204 with content", ex().method("HEAD").status(204).body("x")),
        passes("204 without content", ex().status(204)),
        passes("304 without content", ex().status(304).header("ETag", "\"v1\"")),
        passes("200 with content", ex().body("{}")),
        skips("access-log 204", ex().status(204).withoutHeadersOrBodies()),
        skips("HAR without bodies", withoutBodies(ex().status(204))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk109(RuleCase c) {
    c.verify(ProtocolRules.CONTENT_WHERE_FORBIDDEN);
  }

  @Test
  void sk109ShowsTheContentItFound() {
    Finding f =
        only(ProtocolRules.CONTENT_WHERE_FORBIDDEN, ex().status(204).body("{\"deleted\": true}"));
    assertThat(f.message()).contains("204").contains("17 bytes");
    assertThat(f.evidence()).contains(new Evidence("body", "{\"deleted\": true}"));
  }

  @Test
  void sk109PreviewsLongContentOnOneLine() {
    String big = "line\n".repeat(200);
    Finding f = only(ProtocolRules.CONTENT_WHERE_FORBIDDEN, ex().status(304).body(big));
    Evidence body = f.evidence().stream().filter(e -> e.label().equals("body")).findFirst().get();
    assertThat(body.value()).hasSizeLessThanOrEqualTo(120).doesNotContain("\n").endsWith("…");
    assertThat(f.message()).contains(Body.of(big).size() + " bytes");
  }

  // ---- SK110 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk110() {
    return Stream.of(
        flags("HEAD answered with content", ex().method("HEAD").body("{\"id\":1}")),
        flags("lower-case method", ex().method("head").body("{\"id\":1}")),
        flags("HEAD answered 404 with content", ex().method("HEAD").status(404).body("missing")),
        passes("HEAD without content", ex().method("HEAD").header("Content-Length", "120")),
        passes("GET with content", ex().body("{\"id\":1}")),
        passes(
            "HEAD answered 204 with content is SK109's", ex().method("HEAD").status(204).body("x")),
        skips("access-log HEAD", ex().method("HEAD").withoutHeadersOrBodies()),
        skips("HAR without bodies", withoutBodies(ex().method("HEAD"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk110(RuleCase c) {
    c.verify(ProtocolRules.CONTENT_ON_HEAD);
  }

  // ---- SK111 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk111() {
    return Stream.of(
        flags("429 without Retry-After", ex().status(429)),
        flags("503 without Retry-After", ex().status(503)),
        flags("429 with an empty Retry-After", ex().status(429).header("Retry-After", "")),
        flags(
            "429 with only X-RateLimit-Reset",
            ex().status(429).header("X-RateLimit-Reset", "1700000060")),
        flags(
            "503 with a rate-limit reset still counts",
            ex().status(503).header("RateLimit-Reset", "5")),
        passes("429 with Retry-After", ex().status(429).header("Retry-After", "30")),
        passes(
            "503 with an HTTP-date",
            ex().status(503).header("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")),
        passes("lower-case name", ex().status(429).header("retry-after", "1")),
        passes("500 needs no Retry-After", ex().status(500)),
        skips("access-log 429", ex().status(429).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk111(RuleCase c) {
    c.verify(ProtocolRules.UNAVAILABLE_WITHOUT_RETRY_AFTER);
  }

  @Test
  void sk111IsInfoBecauseRetryAfterIsAMay() {
    assertThat(ProtocolRules.UNAVAILABLE_WITHOUT_RETRY_AFTER.severity())
        .isEqualTo(registrySeverity(429, "Retry-After"))
        .isEqualTo(registrySeverity(503, "Retry-After"))
        .isEqualTo(Severity.INFO);
  }

  @Test
  void sk111AcknowledgesARateLimitResetButStillAsksForRetryAfter() {
    Finding f =
        only(
            ProtocolRules.UNAVAILABLE_WITHOUT_RETRY_AFTER,
            ex().status(429).header("x-ratelimit-reset", "1700000060"));
    assertThat(f.message()).contains("X-RateLimit-Reset").contains("quota resets");
    assertThat(f.fix()).contains("Retry-After");
    assertThat(f.evidence()).contains(new Evidence("X-RateLimit-Reset", "1700000060"));
  }

  // ---- SK112 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk112() {
    return Stream.of(
        flags("negative seconds", ex().status(429).header("Retry-After", "-1")),
        flags("a fraction", ex().status(429).header("Retry-After", "1.5")),
        flags("a unit", ex().status(503).header("Retry-After", "5s")),
        flags("a plus sign", ex().status(503).header("Retry-After", "+5")),
        flags("ISO 8601", ex().status(503).header("Retry-After", "2024-01-01T00:00:00Z")),
        flags("empty", ex().status(429).header("Retry-After", "")),
        flags("words", ex().status(503).header("Retry-After", "later")),
        flags("UTC instead of GMT", ex().header("Retry-After", "Sun, 06 Nov 1994 08:49:37 UTC")),
        flags(
            "one-digit day in IMF-fixdate",
            ex().header("Retry-After", "Sun, 6 Nov 1994 08:49:37 GMT")),
        flags("lower-case month", ex().header("Retry-After", "Sun, 06 nov 1994 08:49:37 GMT")),
        flags(
            "a day that does not exist",
            ex().header("Retry-After", "Fri, 31 Feb 2024 10:00:00 GMT")),
        flags("hour 24", ex().header("Retry-After", "Sun, 06 Nov 1994 24:00:00 GMT")),
        flags(
            "the second of two fields is bad",
            ex().status(503).header("Retry-After", "10").header("Retry-After", "soon")),
        passes("zero", ex().status(429).header("Retry-After", "0")),
        passes("whole seconds", ex().status(429).header("Retry-After", "120")),
        passes(
            "IMF-fixdate", ex().status(503).header("Retry-After", "Sun, 06 Nov 1994 08:49:37 GMT")),
        passes(
            "RFC 850 date",
            ex().status(503).header("Retry-After", "Sunday, 06-Nov-94 08:49:37 GMT")),
        passes("asctime date", ex().status(503).header("Retry-After", "Sun Nov  6 08:49:37 1994")),
        passes(
            "leap second", ex().status(503).header("Retry-After", "Sat, 31 Dec 2016 23:59:60 GMT")),
        passes("lower-case name", ex().status(429).header("retry-after", "30")),
        passes("no Retry-After at all", ex().status(429)),
        skips("access-log 429", ex().status(429).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk112(RuleCase c) {
    c.verify(ProtocolRules.MALFORMED_RETRY_AFTER);
  }

  @Test
  void sk112SuggestsTheValueThatWasMeant() {
    Rule rule = ProtocolRules.MALFORMED_RETRY_AFTER;
    assertThat(only(rule, ex().header("Retry-After", "1.5")).fix()).endsWith("Retry-After: 2");
    assertThat(only(rule, ex().header("Retry-After", "5s")).fix()).endsWith("Retry-After: 5");
    assertThat(only(rule, ex().header("Retry-After", "-3")).fix()).contains("Retry-After: 0");
    assertThat(only(rule, ex().header("Retry-After", "2024-01-01T00:00:00Z")).fix())
        .endsWith("Retry-After: Mon, 01 Jan 2024 00:00:00 GMT");
    assertThat(only(rule, ex().header("Retry-After", "later")).fix()).isEqualTo(rule.fix());
  }

  @Test
  void sk112QuotesTheValue() {
    Finding f =
        only(ProtocolRules.MALFORMED_RETRY_AFTER, ex().status(503).header("Retry-After", "5s"));
    assertThat(f.message()).contains("'5s'");
    assertThat(f.evidence()).contains(new Evidence("Retry-After", "5s"));
  }

  // ---- SK113 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk113() {
    return Stream.of(
        flags("304 to a plain GET", ex().status(304)),
        flags("304 to a plain HEAD", ex().method("HEAD").status(304)),
        flags(
            "304 to a conditional PUT",
            ex().method("PUT").requestHeader("If-None-Match", "*").status(304)),
        flags("If-Match does not make a 304", ex().requestHeader("If-Match", "\"v1\"").status(304)),
        passes("304 to If-None-Match", ex().requestHeader("If-None-Match", "\"v1\"").status(304)),
        passes(
            "304 to lower-case if-modified-since",
            ex().requestHeader("if-modified-since", "Sun, 06 Nov 1994 08:49:37 GMT").status(304)),
        passes("200 to a plain GET", ex()),
        skips("access-log 304", ex().status(304).withoutHeadersOrBodies()),
        skips("no request headers recorded", ex().requestHeaders(Optional.empty()).status(304)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk113(RuleCase c) {
    c.verify(ProtocolRules.NOT_MODIFIED_WITHOUT_CONDITION);
  }

  @Test
  void sk113SendsUnsafeMethodsTo412() {
    Finding f =
        only(
            ProtocolRules.NOT_MODIFIED_WITHOUT_CONDITION,
            ex().method("PUT").requestHeader("If-None-Match", "*").status(304));
    assertThat(f.message()).contains("PUT");
    assertThat(f.fix()).contains("412");
  }

  // ---- SK114 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk114() {
    return Stream.of(
        flags("unassigned 299", ex().status(299)),
        flags("unassigned 512", ex().status(512)),
        flags("nginx 499", ex().status(499)),
        flags("AWS ELB 460", ex().status(460)),
        flags("Twitter 420", ex().status(420)),
        flags("runs on access logs too", ex().status(499).withoutHeadersOrBodies()),
        passes("200", ex()),
        passes("registered 103", ex().status(103)),
        passes("registered 451", ex().status(451)),
        passes("418 is registered (reserved)", ex().status(418)),
        passes("HTTP/2 404", ex().protocol("HTTP/2").status(404)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk114(RuleCase c) {
    c.verify(ProtocolRules.UNREGISTERED_STATUS);
  }

  @Test
  void sk114NamesTheOriginOfAnUnofficialCode() {
    Finding f = only(ProtocolRules.UNREGISTERED_STATUS, ex().status(499));
    assertThat(f.message()).contains("unofficial").contains("nginx").contains("400 Bad Request");
    assertThat(f.evidence()).contains(new Evidence("origin", "nginx"));
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void sk114SaysWhatAnUnassignedCodeFallsBackTo() {
    Finding f = only(ProtocolRules.UNREGISTERED_STATUS, ex().status(299));
    assertThat(f.message()).contains("not assigned").contains("200 OK");
  }

  @Test
  void sk114SuggestsARegisteredRelativeFromTheRegistry() {
    // The registry relates Twitter's 420 Enhance Your Calm to 429.
    Finding f = only(ProtocolRules.UNREGISTERED_STATUS, ex().status(420));
    assertThat(f.fix()).contains("429 Too Many Requests");
  }

  // ---- SK115 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk115() {
    return Stream.of(
        flags("200 Not Found", ex().reason("Not Found")),
        flags("500 OK", ex().status(500).reason("OK")),
        flags("shouting", ex().reason("NOT FOUND")),
        flags("an alias of another code", ex().status(400).reason("Request Entity Too Large")),
        flags("302 Moved Permanently", ex().status(302).reason("Moved Permanently")),
        flags("an unassigned code named as 200", ex().status(299).reason("OK")),
        passes("200 OK", ex().reason("OK")),
        passes("any case", ex().reason("ok")),
        passes("the old phrase of the code", ex().status(413).reason("Payload Too Large")),
        passes("302 Moved Temporarily", ex().status(302).reason("Moved Temporarily")),
        passes("a custom phrase", ex().reason("All Good")),
        passes("an unofficial phrase is no code's name", ex().status(401).reason("Invalid Token")),
        passes("an empty phrase", ex().reason("")),
        skips("HTTP/2 has no reason phrase", ex().protocol("HTTP/2").status(404)),
        skips("access log without phrase", ex().status(404).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk115(RuleCase c) {
    c.verify(ProtocolRules.CONTRADICTING_REASON_PHRASE);
  }

  @Test
  void sk115NamesBothCodes() {
    Finding f = only(ProtocolRules.CONTRADICTING_REASON_PHRASE, ex().status(500).reason("OK"));
    assertThat(f.message()).contains("'OK'").contains("200").contains("500 Internal Server Error");
    assertThat(f.evidence()).contains(new Evidence("status", "500 OK"));
    assertThat(f.fix()).contains("500 Internal Server Error").contains("200");
  }

  // ---- SK116 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk116() {
    return Stream.of(
        flags("JSON without Content-Type", ex().body("{\"id\": 1}")),
        flags(
            "HTML with an empty Content-Type",
            ex().header("Content-Type", "").body("<html></html>")),
        flags("404 text without Content-Type", ex().status(404).body("not found")),
        passes(
            "JSON with Content-Type", ex().header("Content-Type", "application/json").body("{}")),
        passes("lower-case name", ex().header("content-type", "text/plain").body("ok")),
        passes("no content", ex().status(200)),
        passes("204 without content", ex().status(204)),
        passes("content on 304 is SK109's", ex().status(304).body("x")),
        passes("content on HEAD is SK110's", ex().method("HEAD").body("x")),
        skips("HAR without bodies", withoutBodies(ex())),
        skips("access log", ex().withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk116(RuleCase c) {
    c.verify(ProtocolRules.CONTENT_WITHOUT_TYPE);
  }

  @Test
  void sk116SuggestsTheTypeTheContentLooksLike() {
    Rule rule = ProtocolRules.CONTENT_WITHOUT_TYPE;
    assertThat(only(rule, ex().body("  [1, 2]")).fix()).contains("application/json");
    assertThat(only(rule, ex().body("<!DOCTYPE html><p>hi")).fix()).contains("text/html");
    assertThat(only(rule, ex().body("plain words")).fix()).isEqualTo(rule.fix());
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
  }

  // ---- SK117 ----------------------------------------------------------------------------------

  static Stream<RuleCase> sk117() {
    return Stream.of(
        flags("a space", ex().status(201).header("Location", "/orders/4 2")),
        flags("http:// with no host", ex().status(302).header("Location", "http://")),
        flags("https with an empty host", ex().status(302).header("Location", "https:///orders")),
        flags("http without //", ex().status(302).header("Location", "http:orders/1")),
        flags("backslashes", ex().status(302).header("Location", "\\orders\\42")),
        flags("non-ASCII", ex().status(201).header("Location", "/städte/1")),
        flags("a broken percent-encoding", ex().status(201).header("Location", "/a%zz")),
        flags("a '%' at the end", ex().status(201).header("Location", "/a%2")),
        flags("an unclosed IPv6 literal", ex().status(302).header("Location", "http://[::1/x")),
        flags("a bad IPv6 literal", ex().status(302).header("Location", "http://[1:2:3]/")),
        flags("a port that is no number", ex().status(302).header("Location", "http://h:80a/")),
        flags("two '#'", ex().status(302).header("Location", "/a#b#c")),
        flags("a pipe", ex().status(302).header("Location", "/a|b")),
        flags("a scheme starting with a digit", ex().status(302).header("Location", "1a:b")),
        flags("a tab", ex().status(302).header("Location", "/a\tb")),
        passes("a path", ex().status(201).header("Location", "/orders/42")),
        passes(
            "an absolute URI",
            ex().status(302).header("Location", "https://api.example.com/o/42?x=1&y=%20#top")),
        passes("a relative path", ex().status(201).header("Location", "orders/42")),
        passes("a network-path reference", ex().status(302).header("Location", "//cdn.example/x")),
        passes("dot segments", ex().status(302).header("Location", "../up")),
        passes("only a query", ex().status(302).header("Location", "?page=2")),
        passes("empty: valid, and SK101/SK102's business", ex().status(302).header("Location", "")),
        passes("IPv6 with a port", ex().status(302).header("Location", "http://[::1]:8080/")),
        passes("IPv6 compressed", ex().status(302).header("Location", "http://[2001:db8::7]/")),
        passes("IPv4-mapped IPv6", ex().status(302).header("Location", "http://[::ffff:1.2.3.4]/")),
        passes("a URN", ex().status(201).header("Location", "urn:isbn:0451450523")),
        passes("userinfo", ex().status(302).header("Location", "ftp://user:pw@h.example/")),
        passes("an empty port", ex().status(302).header("Location", "https://example.com:/")),
        passes("lower-case name", ex().status(302).header("location", "/x")),
        passes("no Location", ex()),
        skips("access log", ex().status(302).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk117(RuleCase c) {
    c.verify(ProtocolRules.INVALID_LOCATION);
  }

  @Test
  void sk117SaysWhatIsWrong() {
    Rule rule = ProtocolRules.INVALID_LOCATION;
    assertThat(only(rule, ex().status(201).header("Location", "/orders/4 2")).message())
        .contains("'/orders/4 2'")
        .contains("a space");
    assertThat(only(rule, ex().status(302).header("Location", "http://")).message())
        .contains("no host");
    assertThat(only(rule, ex().status(302).header("Location", "\\x")).message())
        .contains("backslash");
    assertThat(only(rule, ex().status(201).header("Location", "/städte")).message())
        .contains("'ä'");
  }

  // ---- SK118 ----------------------------------------------------------------------------------

  /** 1700000000 in Unix seconds. */
  private static final String DATE = "Tue, 14 Nov 2023 22:13:20 GMT";

  static Stream<RuleCase> sk118() {
    return Stream.of(
        flags(
            "remaining above limit",
            ex().header("X-RateLimit-Limit", "100").header("X-RateLimit-Remaining", "150")),
        flags("a limit that is no number", ex().header("X-RateLimit-Limit", "lots")),
        flags("negative remaining", ex().header("X-RateLimit-Remaining", "-1")),
        flags("empty remaining", ex().header("x-ratelimit-remaining", "")),
        flags("a fractional remaining", ex().header("X-RateLimit-Remaining", "1.5")),
        flags(
            "a Unix reset before Date",
            ex().header("Date", DATE).header("X-RateLimit-Reset", "1699999990")),
        flags(
            "a reset in milliseconds before Date",
            ex().header("Date", DATE).header("X-RateLimit-Reset", "1699999990000")),
        flags("an ISO reset", ex().header("X-RateLimit-Reset", "2023-11-14T22:13:20Z")),
        flags("a negative draft reset", ex().header("RateLimit-Reset", "-5")),
        flags("a Unix time as the draft's delay", ex().header("RateLimit-Reset", "1700000060")),
        flags(
            "draft remaining above limit",
            ex().header("RateLimit-Limit", "10").header("RateLimit-Remaining", "11")),
        flags(
            "structured remaining above limit",
            ex().status(429).header("RateLimit", "limit=100, remaining=150, reset=30")),
        flags(
            "structured negative reset",
            ex().header("RateLimit", "limit=100, remaining=0, reset=-1")),
        flags("structured non-numeric limit", ex().header("RateLimit", "limit=abc, remaining=0")),
        flags(
            "policy remaining above quota",
            ex().header("RateLimit", "\"default\";r=150;t=30")
                .header("RateLimit-Policy", "\"default\";q=100;w=60")),
        flags("policy with a negative t", ex().header("RateLimit", "\"default\";r=5;t=-2")),
        passes("no rate-limit headers", ex()),
        passes(
            "a consistent X-RateLimit trio",
            ex().header("Date", DATE)
                .header("X-RateLimit-Limit", "100")
                .header("X-RateLimit-Remaining", "0")
                .header("X-RateLimit-Reset", "1700000060")),
        passes(
            "remaining equal to limit",
            ex().header("X-RateLimit-Limit", "5").header("X-RateLimit-Remaining", "5")),
        passes("a reset as a delay", ex().header("Date", DATE).header("X-RateLimit-Reset", "30")),
        passes(
            "a Unix reset without Date cannot be judged",
            ex().header("X-RateLimit-Reset", "1699999990")),
        passes(
            "a fractional Unix reset after Date",
            ex().header("Date", DATE).header("X-RateLimit-Reset", "1700000000.5")),
        passes(
            "a limit with quota policies",
            ex().header("RateLimit-Limit", "100, 100;w=60").header("RateLimit-Remaining", "50")),
        passes(
            "lower-case names",
            ex().header("x-ratelimit-limit", "10").header("x-ratelimit-remaining", "3")),
        passes(
            "a structured dictionary",
            ex().header("RateLimit", "limit=100, remaining=0, reset=30")),
        passes(
            "policy items within quota",
            ex().header("RateLimit", "\"default\";r=50;t=30")
                .header("RateLimit-Policy", "\"default\";q=100;w=60")),
        skips("access log", ex().status(429).withoutHeadersOrBodies()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void sk118(RuleCase c) {
    c.verify(ProtocolRules.INCONSISTENT_RATE_LIMIT);
  }

  @Test
  void sk118ShowsTheNumbersThatDisagree() {
    Finding f =
        only(
            ProtocolRules.INCONSISTENT_RATE_LIMIT,
            ex().header("X-RateLimit-Limit", "100").header("X-RateLimit-Remaining", "150"));
    assertThat(f.message()).contains("150").contains("100");
    assertThat(f.evidence())
        .contains(new Evidence("X-RateLimit-Limit", "100"))
        .contains(new Evidence("X-RateLimit-Remaining", "150"));
  }

  @Test
  void sk118DatesAPastReset() {
    Finding f =
        only(
            ProtocolRules.INCONSISTENT_RATE_LIMIT,
            ex().header("Date", DATE).header("X-RateLimit-Reset", "1699999990"));
    assertThat(f.message()).contains("Tue, 14 Nov 2023 22:13:10 GMT").contains("already past");
    assertThat(f.evidence()).contains(new Evidence("Date", DATE));
  }

  @Test
  void sk118ReportsEachProblemSeparately() {
    List<Finding> found =
        flags(
                "two problems",
                ex().header("X-RateLimit-Limit", "-1").header("X-RateLimit-Remaining", "x"))
            .verify(ProtocolRules.INCONSISTENT_RATE_LIMIT);
    assertThat(found).hasSize(2);
  }

  // ---- The catalogue --------------------------------------------------------------------------

  @Test
  void everyProtocolRuleIsComplete() {
    assertThat(ProtocolRules.ALL).hasSize(18);
    assertThat(ProtocolRules.ALL.stream().map(Rule::id).distinct())
        .hasSize(ProtocolRules.ALL.size());
    assertThat(ProtocolRules.ALL)
        .allSatisfy(
            r -> {
              assertThat(r.id()).matches("SK1\\d\\d");
              assertThat(r.category()).isEqualTo(Category.PROTOCOL);
              assertThat(r.title()).isNotBlank();
              assertThat(r.rationale()).isNotBlank();
              assertThat(r.fix()).isNotBlank();
              assertThat(r.link()).startsWith("https://");
              // Our rationale is two to four sentences.
              assertThat(r.rationale().split("(?<=[.!?])\\s+(?=[A-Z\"])"))
                  .as(r.id() + " rationale sentences")
                  .hasSizeBetween(2, 4);
            });
  }

  @Test
  void theCatalogueCarriesEveryProtocolRule() {
    assertThat(Rules.catalogue().rules()).containsAll(ProtocolRules.ALL);
  }

  @Test
  void aCleanResponseRaisesNoProtocolFinding() {
    Exchange good =
        ex().method("POST")
            .target("https://api.example.com/orders")
            .requestHeader("Content-Type", "application/json")
            .status(201)
            .reason("Created")
            .header("Location", "/orders/42")
            .header("Content-Type", "application/json")
            .header("Date", DATE)
            .header("X-RateLimit-Limit", "100")
            .header("X-RateLimit-Remaining", "99")
            .header("X-RateLimit-Reset", "1700000060")
            .body("{\"id\": 42}")
            .build();
    Verdict v = new RuleSet(ProtocolRules.ALL, RuleConfig.none()).check(good);
    assertThat(v.findings()).isEmpty();
    assertThat(v.skipped()).isEmpty();
  }
}
