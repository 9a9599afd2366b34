package dev.statuskit.probe;

import static dev.statuskit.probe.JudgeCase.flags;
import static dev.statuskit.probe.JudgeCase.ok;
import static dev.statuskit.probe.JudgeCase.passes;
import static dev.statuskit.probe.JudgeCase.probe;
import static dev.statuskit.rules.Severity.ERROR;
import static dev.statuskit.rules.Severity.INFO;
import static dev.statuskit.rules.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuskit.rules.Evidence;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExpectationsTest {

  static Stream<JudgeCase> noCredentials() {
    return Stream.of(
        passes("401", ok(), probe("GET").status(401).header("WWW-Authenticate", "Bearer")),
        flags("403 where 401 is meant", WARNING, ok(), probe("GET").status(403)),
        flags("2xx: public?", INFO, ok(), probe("GET").status(200)),
        flags("5xx: crash on a missing token", ERROR, ok(), probe("GET").status(500)),
        passes("404 hides the resource", ok(), probe("GET").status(404)),
        passes("redirect to a login", ok(), probe("GET").status(302).header("Location", "/in")),
        passes("baseline failed: nothing to compare", ok().status(401), probe("GET").status(403)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void noCredentials(JudgeCase c) {
    c.verify(
        (b, p) -> Expectations.noCredentials(b, p, List.of("Authorization")),
        ProbeRules.NO_CREDENTIALS);
  }

  static Stream<JudgeCase> wrongMethod() {
    return Stream.of(
        passes("405", ok(), probe("TRACE").status(405).header("Allow", "GET, HEAD")),
        passes("501: method unknown to the server", ok(), probe("TRACE").status(501)),
        flags("404 for a resource GET found", WARNING, ok(), probe("TRACE").status(404)),
        flags("500", ERROR, ok(), probe("TRACE").status(500)),
        flags("503 is a 5xx too", ERROR, ok(), probe("PATCH").status(503)),
        flags("TRACE enabled", INFO, ok(), probe("TRACE").status(200)),
        flags("PATCH accepted though not allowed", ERROR, ok(), probe("PATCH").status(200)),
        flags("400 instead of 405", INFO, ok(), probe("PATCH").status(400)),
        passes("401 to TRACE sent without credentials", ok(), probe("TRACE").status(401)),
        passes("403 to TRACE sent without credentials", ok(), probe("TRACE").status(403)),
        flags(
            "403 with the credentials",
            INFO,
            ok(),
            probe("PATCH").requestHeader("Authorization", "Bearer t0ps3cret").status(403)),
        passes("baseline 404: 404 is right", ok().status(404), probe("TRACE").status(404)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void wrongMethod(JudgeCase c) {
    c.verify(
        (b, p) -> Expectations.wrongMethod(b, p, Optional.of("GET, HEAD")),
        ProbeRules.WRONG_METHOD);
  }

  static Stream<JudgeCase> unknownId() {
    return Stream.of(
        passes("404", ok(), probe("GET").status(404)),
        passes("410", ok(), probe("GET").status(410)),
        passes("400: not a valid id", ok(), probe("GET").status(400)),
        flags("200 with an error body", ERROR, ok(), probe("GET").status(200).body("{}")),
        flags("204", ERROR, ok(), probe("GET").status(204)),
        flags("500", ERROR, ok(), probe("GET").status(500).body("NullPointerException")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void unknownId(JudgeCase c) {
    c.verify((b, p) -> Expectations.unknownId(p), ProbeRules.UNKNOWN_ID);
  }

  static Stream<JudgeCase> conditional() {
    return Stream.of(
        passes("304", ok().header("ETag", "\"a\""), probe("GET").status(304)),
        flags(
            "200 with the same ETag",
            WARNING,
            ok().header("ETag", "\"a\""),
            probe("GET").status(200).header("ETag", "\"a\"")),
        passes(
            "200 with a new ETag: it changed",
            ok().header("ETag", "\"a\""),
            probe("GET").status(200).header("ETag", "\"b\"")),
        flags(
            "500 to If-None-Match", ERROR, ok().header("ETag", "\"a\""), probe("GET").status(500)),
        flags(
            "412 to If-None-Match on GET",
            WARNING,
            ok().header("ETag", "\"a\""),
            probe("GET").status(412)),
        passes("no ETag on the baseline", ok(), probe("GET").status(200)),
        passes(
            "baseline not 2xx",
            ok().status(404).header("ETag", "\"a\""),
            probe("GET").status(404).header("ETag", "\"a\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void conditional(JudgeCase c) {
    c.verify((b, p) -> Expectations.conditional(b, p, "ETag"), ProbeRules.CONDITIONAL_GET);
  }

  static Stream<JudgeCase> conditionalOnLastModified() {
    String date = "Tue, 01 Jul 2025 10:00:00 GMT";
    return Stream.of(
        passes("304", ok().header("Last-Modified", date), probe("GET").status(304)),
        flags(
            "200 with the same Last-Modified",
            WARNING,
            ok().header("Last-Modified", date),
            probe("GET").status(200).header("Last-Modified", date)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void conditionalOnLastModified(JudgeCase c) {
    c.verify((b, p) -> Expectations.conditional(b, p, "Last-Modified"), ProbeRules.CONDITIONAL_GET);
  }

  static Stream<JudgeCase> head() {
    return Stream.of(
        passes("200 and 200", ok(), probe("HEAD").status(200)),
        passes("200 and 204: same class", ok(), probe("HEAD").status(204)),
        passes("404 and 404", ok().status(404), probe("HEAD").status(404)),
        flags("405 to HEAD", ERROR, ok(), probe("HEAD").status(405)),
        flags("404 to HEAD", ERROR, ok(), probe("HEAD").status(404)),
        flags("500 to HEAD", ERROR, ok(), probe("HEAD").status(500)),
        flags("200 to HEAD, 404 to GET", ERROR, ok().status(404), probe("HEAD").status(200)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void head(JudgeCase c) {
    c.verify(Expectations::head, ProbeRules.HEAD_LIKE_GET);
  }

  static Stream<JudgeCase> options() {
    return Stream.of(
        passes("204 with Allow", ok(), probe("OPTIONS").status(204).header("Allow", "GET")),
        passes(
            "CORS answer",
            ok(),
            probe("OPTIONS").status(200).header("Access-Control-Allow-Methods", "GET")),
        flags("2xx without Allow", INFO, ok(), probe("OPTIONS").status(200)),
        flags("404", WARNING, ok(), probe("OPTIONS").status(404)),
        flags("405", INFO, ok(), probe("OPTIONS").status(405)),
        flags("501", INFO, ok(), probe("OPTIONS").status(501)),
        flags("500", ERROR, ok(), probe("OPTIONS").status(500)),
        passes("401", ok(), probe("OPTIONS").status(401)),
        passes("baseline 404", ok().status(404), probe("OPTIONS").status(404)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void options(JudgeCase c) {
    c.verify(Expectations::options, ProbeRules.OPTIONS_ANSWERED);
  }

  static Stream<JudgeCase> malformedJson() {
    return Stream.of(
        passes("400", ok(), post("application/json").status(400)),
        passes("422", ok(), post("application/json").status(422)),
        passes("415", ok(), post("application/json").status(415)),
        passes("405: takes no POST", ok(), post("application/json").status(405)),
        flags("500", ERROR, ok(), post("application/json").status(500)),
        flags("201: garbage accepted", ERROR, ok(), post("application/json").status(201)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void malformedJson(JudgeCase c) {
    c.verify((b, p) -> Expectations.malformedJson(p), ProbeRules.MALFORMED_JSON);
  }

  static Stream<JudgeCase> wrongContentType() {
    return Stream.of(
        passes("415", ok(), post("text/plain").status(415)),
        passes("400", ok(), post("text/plain").status(400)),
        flags("200: guessed", WARNING, ok(), post("text/plain").status(200)),
        flags("500", ERROR, ok(), post("text/plain").status(500)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void wrongContentType(JudgeCase c) {
    c.verify((b, p) -> Expectations.wrongContentType(p), ProbeRules.WRONG_CONTENT_TYPE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("noCredentials")
  void messagesNameTheCodeThatIsMeantFromTheRegistry(JudgeCase c) {
    c.verify(
            (b, p) -> Expectations.noCredentials(b, p, List.of("Authorization")),
            ProbeRules.NO_CREDENTIALS)
        .filter(f -> f.severity() == WARNING)
        .ifPresent(
            f -> {
              assertThat(f.problem().message()).contains("401 Unauthorized");
              assertThat(f.problem().evidence())
                  .contains(
                      new Evidence("status", "403 Forbidden"),
                      new Evidence("credentials removed", "Authorization"));
            });
  }

  private static dev.statuskit.exchange.Exchange.Builder post(String type) {
    return probe("POST")
        .target("http://api.test/users")
        .requestHeader("Content-Type", type)
        .requestBody(EndpointProbe.MALFORMED_JSON);
  }
}
