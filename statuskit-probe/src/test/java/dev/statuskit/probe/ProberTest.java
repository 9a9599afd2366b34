package dev.statuskit.probe;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuskit.exchange.Body;
import dev.statuskit.exchange.Exchange;
import dev.statuskit.input.InputException;
import dev.statuskit.rules.Audit;
import dev.statuskit.rules.AuditResult;
import dev.statuskit.rules.Category;
import dev.statuskit.rules.Finding;
import dev.statuskit.rules.Rule;
import dev.statuskit.rules.RuleConfig;
import dev.statuskit.rules.RuleSet;
import dev.statuskit.rules.Rules;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The prober against {@link TestApi} over real sockets on 127.0.0.1. */
class ProberTest {
  private TestApi api;

  /** Fast enough that tests not about politeness are not slowed by it. */
  private static ProbeOptions.Builder quick() {
    return ProbeOptions.builder().requestsPerSecond(500).header("Authorization", TestApi.TOKEN);
  }

  @BeforeEach
  void start() throws IOException {
    api = new TestApi();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** One run's outcome, and every exchange the rules saw. */
  private record Run(AuditResult result, List<Exchange> exchanges) {

    /** "SK402 TRACE /bad/items/42" for each probe finding, in the result's order. */
    List<String> probeFindings() {
      return result.findings().stream()
          .filter(f -> f.rule().category() == Category.PROBE)
          .map(f -> f.rule().id() + " " + f.exchange().request().method() + " " + path(f))
          .toList();
    }

    List<String> probeFindingIds() {
      return probeFindings().stream().map(s -> s.substring(0, 5)).sorted().toList();
    }

    List<Finding> probeFindingsOf(String id) {
      return result.findings().stream().filter(f -> f.rule().id().equals(id)).toList();
    }

    private static String path(Finding f) {
      return f.exchange().request().path();
    }
  }

  private Run run(ProbeOptions options, String... paths) {
    return run(options, Rules.catalogue().plus(ProbeRules.all()), paths);
  }

  private Run run(ProbeOptions options, RuleSet rules, String... paths) {
    List<Exchange> seen = Collections.synchronizedList(new ArrayList<>());
    // A rule that only watches, so tests can look at every exchange the audit checked.
    Rule watcher =
        Rule.define("SK999")
            .title("test watcher")
            .category(Category.PROBE)
            .rationale("records exchanges for the test")
            .link("https://example.invalid")
            .fix("none")
            .check(
                s -> {
                  seen.add(s.exchange());
                  return List.of();
                });
    Audit audit = new Audit(api.base().toString(), rules.plus(List.of(watcher)));
    Prober.create(options).run(api.base(), List.of(paths), audit, ProgressListener.none());
    return new Run(audit.result(), List.copyOf(seen));
  }

  @Test
  void correctEndpointGetsNoProbeFindings() {
    Run r = run(quick().build(), "/good/items/42");

    assertThat(r.probeFindings()).isEmpty();
    // Every safe probe ran: baseline, OPTIONS, HEAD, conditional, no credentials, TRACE, unknown
    // id.
    assertThat(api.seen())
        .containsExactly(
            "GET /good/items/42",
            "OPTIONS /good/items/42",
            "HEAD /good/items/42",
            "GET /good/items/42",
            "GET /good/items/42",
            "TRACE /good/items/42",
            "GET /good/items/999999999");
    assertThat(r.result().exchanges()).isEqualTo(7);
  }

  @Test
  void flagsEachClassicMistakeOnceWithSafeMethods() {
    Run r = run(quick().build(), "/bad/items/42");

    assertThat(r.probeFindings())
        .containsExactlyInAnyOrder(
            "SK401 GET /bad/items/42", // 403 without credentials
            "SK402 TRACE /bad/items/42", // 404 for a wrong method
            "SK403 GET /bad/items/999999999", // 200 for an unknown id
            "SK404 GET /bad/items/42", // 200 with the same ETag to If-None-Match
            "SK405 HEAD /bad/items/42", // 405 to HEAD, 200 to GET
            "SK406 OPTIONS /bad/items/42"); // 404 to OPTIONS
  }

  @Test
  void findingsExplainWhatWasSentAndWhatCameBack() {
    Run r = run(quick().build(), "/bad/items/42");

    Finding noCredentials = r.probeFindingsOf("SK401").get(0);
    assertThat(noCredentials.message()).contains("403").contains("401 Unauthorized");
    assertThat(noCredentials.evidence())
        .extracting(e -> e.label() + ": " + e.value())
        .contains(
            "status: 403 Forbidden",
            "credentials removed: Authorization",
            "baseline: GET /bad/items/42 → 200 OK");
    assertThat(noCredentials.exchange().request().header("Authorization")).isEmpty();

    Finding conditional = r.probeFindingsOf("SK404").get(0);
    assertThat(conditional.evidence())
        .extracting(e -> e.label() + ": " + e.value())
        .contains("If-None-Match: \"v1-42\"", "ETag: \"v1-42\"");
    assertThat(conditional.exchange().request().header("If-None-Match")).contains("\"v1-42\"");
    assertThat(conditional.fix()).isNotBlank();
  }

  @Test
  void flagsAnEndpointThatAnswersWithoutCredentials() {
    Run r = run(quick().build(), "/public/items/42");

    assertThat(r.probeFindings()).containsExactly("SK401 GET /public/items/42");
    assertThat(r.probeFindingsOf("SK401").get(0).message()).contains("meant to be public");
  }

  @Test
  void flagsServerErrorsForMissingCredentialsAndWrongMethods() {
    Run r = run(quick().build(), "/crashy/items/42");

    assertThat(r.probeFindings())
        .containsExactlyInAnyOrder("SK401 GET /crashy/items/42", "SK402 TRACE /crashy/items/42");
  }

  @Test
  void skipsTheNoCredentialsProbeWhenNoneWereGiven() {
    Run r = run(ProbeOptions.builder().requestsPerSecond(500).build(), "/open/items/42");

    assertThat(r.probeFindings()).isEmpty();
    assertThat(api.seen()).containsOnlyOnce("GET /open/items/42");
  }

  @Test
  void sendsOnlySafeMethodsUnlessUnsafeIsAllowed() {
    run(quick().build(), "/good/items", "/good/items/42", "/bad/items", "/bad/items/42");

    assertThat(api.methodsSeen()).containsExactly("GET", "HEAD", "OPTIONS", "TRACE");
  }

  @Test
  void unsafeProbesFindMalformedJsonAndWrongContentTypeMistakes() {
    Run r = run(quick().allowUnsafe(true).build(), "/good/items", "/bad/items");

    assertThat(r.probeFindings())
        .containsExactlyInAnyOrder(
            "SK401 GET /bad/items",
            "SK402 TRACE /bad/items", // no Allow anywhere: TRACE even with --allow-unsafe
            "SK404 GET /bad/items",
            "SK405 HEAD /bad/items",
            "SK406 OPTIONS /bad/items",
            "SK407 POST /bad/items", // 500 for malformed JSON
            "SK408 POST /bad/items"); // 200 for a JSON body declared text/plain
    assertThat(api.seen())
        .contains(
            "PATCH /good/items", // Allow leaves PATCH out: the wrong method of choice
            "POST /good/items", // malformed JSON → 400, then text/plain → 415
            "POST /bad/items")
        .doesNotContain("PUT /good/items", "DELETE /good/items", "DELETE /bad/items");
    assertThat(api.methodsSeen()).doesNotContain("PUT", "DELETE");
    Exchange malformed = r.probeFindingsOf("SK407").get(0).exchange();
    assertThat(malformed.request().body()).map(Body::text).contains(EndpointProbe.MALFORMED_JSON);
    assertThat(malformed.request().header("Content-Type")).contains("application/json");
    Exchange mistyped = r.probeFindingsOf("SK408").get(0).exchange();
    assertThat(mistyped.request().header("Content-Type")).contains("text/plain");
  }

  @Test
  void aTemplatePathOnlyGetsTheUnknownIdProbe() {
    Run r = run(quick().build(), "/bad/items/{id}");

    assertThat(api.seen()).containsExactly("GET /bad/items/999999999");
    assertThat(r.probeFindings()).containsExactly("SK403 GET /bad/items/999999999");
  }

  @Test
  void exchangesRecordWhatWasSentAndReceived() {
    Run r = run(quick().build(), "/good/items/42");

    Exchange baseline = r.exchanges().get(0);
    assertThat(baseline.source()).isEqualTo("probe: baseline GET /good/items/42");
    assertThat(baseline.request().target()).isEqualTo(api.base() + "/good/items/42");
    assertThat(baseline.request().header("User-Agent").orElseThrow())
        .matches("statuskit/\\S+ \\(\\+status-code audit\\)");
    assertThat(baseline.request().header("Authorization")).contains(TestApi.TOKEN);
    assertThat(baseline.response().protocol()).contains("HTTP/1.1");
    assertThat(baseline.response().reason()).contains("OK");
    assertThat(baseline.response().header("ETag")).contains("\"v1-42\"");
    assertThat(baseline.response().body()).map(Body::text).contains("{\"id\": 42}");
    assertThat(baseline.elapsed()).isPresent();
    assertThat(r.exchanges())
        .extracting(Exchange::source)
        .contains(
            "probe: options OPTIONS /good/items/42",
            "probe: head HEAD /good/items/42",
            "probe: conditional GET /good/items/42",
            "probe: no-credentials GET /good/items/42",
            "probe: wrong-method TRACE /good/items/42",
            "probe: unknown-id GET /good/items/999999999");
  }

  @Test
  void redirectsAreRecordedNotFollowed() {
    Run r = run(quick().build(), "/moved");

    assertThat(r.exchanges().get(0).response().status()).isEqualTo(302);
    assertThat(api.seen()).allMatch(s -> s.endsWith("/moved"));
  }

  @Test
  void credentialsEchoedInABodyAreBlottedOut() {
    Run r = run(quick().build(), "/echo");

    assertThat(r.exchanges()).isNotEmpty();
    assertThat(r.exchanges())
        .allSatisfy(
            e -> assertThat(e.response().body().orElseThrow().text()).doesNotContain("s3cret"));
    assertThat(r.exchanges().get(0).response().body().orElseThrow().text()).contains("[redacted]");
    assertThat(r.result().findings())
        .flatExtracting(Finding::evidence)
        .allSatisfy(e -> assertThat(e.value()).doesNotContain("s3cret"));
  }

  @Test
  void rateLimitHoldsAcrossThreads() {
    ProbeOptions options = ProbeOptions.builder().concurrency(4).requestsPerSecond(10).build();

    long start = System.nanoTime();
    run(options, "/fast/a", "/fast/b", "/fast/c", "/fast/d", "/fast/e");
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    // 4 requests a path (GET, OPTIONS, HEAD, TRACE): 20 starts, 100 ms apart after the first.
    assertThat(api.seen()).hasSize(20);
    assertThat(took)
        .isGreaterThanOrEqualTo(Duration.ofMillis(1800))
        .isLessThan(Duration.ofSeconds(6));
  }

  @Test
  void concurrencyNeverExceedsTheBound() {
    ProbeOptions options = ProbeOptions.builder().concurrency(3).requestsPerSecond(1000).build();

    run(options, "/sleepy/a", "/sleepy/b", "/sleepy/c", "/sleepy/d", "/sleepy/e", "/sleepy/f");

    assertThat(api.maxInFlight()).isLessThanOrEqualTo(3).isGreaterThanOrEqualTo(2);
  }

  @Test
  void findingsArriveInPathOrderWhateverFinishesFirst() {
    ProbeOptions options = ProbeOptions.builder().concurrency(4).requestsPerSecond(1000).build();

    Run r = run(options, "/fast/a", "/sleepy/b?ms=300", "/sleepy/c?ms=150", "/fast/d");

    assertThat(r.exchanges())
        .filteredOn(e -> e.source().startsWith("probe: baseline"))
        .extracting(e -> e.request().path())
        .containsExactly("/fast/a", "/sleepy/b", "/sleepy/c", "/fast/d");
  }

  @Test
  void aTimeoutIsASkipAndTheRunGoesOn() {
    ProbeOptions options =
        ProbeOptions.builder()
            .requestsPerSecond(500)
            .responseTimeout(Duration.ofMillis(300))
            .build();

    Run r = run(options, "/fast/a", "/slow", "/fast/b");

    assertThat(r.result().skippedInput())
        .isEqualTo(Map.of("no response within 300 ms (response timeout)", 1L));
    assertThat(r.result().skippedSamples())
        .singleElement()
        .asString()
        .contains("GET " + api.base() + "/slow");
    assertThat(api.seen()).contains("GET /fast/b", "TRACE /fast/b");
  }

  @Test
  void aStatusOutsideTheRangeIsASkipNotACrash() {
    Run r = run(quick().build(), "/fast/a", "/weird");

    assertThat(r.result().skippedInput()).containsEntry("status outside 100–599", 1L);
    assertThat(r.exchanges()).extracting(e -> e.request().path()).doesNotContain("/weird");
  }

  @Test
  void bodiesAreReadOnlyUpToTheExcerpt() {
    long start = System.nanoTime();
    Run r = run(quick().build(), "/huge");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    Body body = r.exchanges().get(0).response().body().orElseThrow();
    assertThat(body.truncated()).isTrue();
    assertThat(body.text()).hasSize(Body.EXCERPT).startsWith("0123456789abcdef0123");
    assertThat(body.size()).isGreaterThan(Body.EXCERPT);
  }

  @Test
  void anUnreachableApiIsBadInputInOneLine() throws IOException {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    URI base = URI.create("http://127.0.0.1:" + closedPort + "/api");
    Audit audit = new Audit(base.toString(), Rules.catalogue().plus(ProbeRules.all()));

    assertThatThrownBy(
            () ->
                Prober.create(ProbeOptions.defaults())
                    .run(base, List.of("/users/1", "/users/2"), audit, ProgressListener.none()))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.where()).isEqualTo(base + "/users/1");
              assertThat(e.getMessage()).startsWith("connection refused").doesNotContain("\n");
            });
  }

  @Test
  void aTlsFailureOnTheFirstRequestIsBadInput() throws Exception {
    // A plain-HTTP server that answers at once: the client's TLS handshake gets no ServerHello.
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answer =
          new Thread(
              () -> {
                try (Socket s = plain.accept()) {
                  s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(UTF_8));
                } catch (IOException e) {
                  // the test fails on its own assertions
                }
              });
      answer.start();
      URI base = URI.create("https://127.0.0.1:" + plain.getLocalPort());
      Audit audit = new Audit(base.toString(), Rules.catalogue().plus(ProbeRules.all()));

      assertThatThrownBy(
              () ->
                  Prober.create(ProbeOptions.defaults())
                      .run(base, List.of("/x"), audit, ProgressListener.none()))
          .isInstanceOfSatisfying(
              InputException.class,
              e -> {
                assertThat(e.where()).isEqualTo(base + "/x");
                assertThat(e.getMessage()).startsWith("TLS failure").doesNotContain("\n");
              });
      answer.join(2000);
    }
  }

  @Test
  void badPathsAreRejectedBeforeAnythingIsSent() {
    Audit audit = new Audit("t", Rules.catalogue().plus(ProbeRules.all()));
    Prober prober = Prober.create(quick().build());

    assertThatThrownBy(
            () ->
                prober.run(
                    api.base(), List.of("/good/items/42", "/a b"), audit, ProgressListener.none()))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.where()).isEqualTo("/a b"));
    assertThat(api.seen()).isEmpty();
  }

  @Test
  void reportsProgressOncePerPathInOrder() {
    List<String> steps = new ArrayList<>();
    Audit audit = new Audit("t", Rules.catalogue().plus(ProbeRules.all()));

    Prober.create(quick().concurrency(2).build())
        .run(
            api.base(),
            List.of("/fast/a", "/fast/b", "/fast/c"),
            audit,
            (done, total) -> steps.add(done + "/" + total));

    assertThat(steps).containsExactly("1/3", "2/3", "3/3");
  }

  @Test
  void ignoredPathsGetNoProbeFindings() {
    RuleSet rules =
        Rules.catalogue()
            .plus(ProbeRules.all())
            .with(new RuleConfig(Map.of(), List.of(), List.of("/bad/**"), "test"));

    Run r = run(quick().build(), rules, "/bad/items/42");

    assertThat(r.probeFindings()).isEmpty();
  }
}
