package dev.statuskit.server.web;

import static dev.statuskit.server.web.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statuskit.input.InputException;
import dev.statuskit.registry.SearchHit;
import dev.statuskit.registry.StatusCodes;
import dev.statuskit.server.mock.Endpoint;
import dev.statuskit.server.mock.MockServer;
import dev.statuskit.stats.Stats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web UI's pages, files and JSON API over plain HTTP, mounted on the mock server. */
class WebApiTest {
  private static MockServer server;
  private static Api api;

  @BeforeAll
  static void start() {
    server = MockServer.builder().webUi(true).start();
    api = new Api(server.baseUri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String origin() {
    return server.baseUri().toString();
  }

  private static String tester(String url) {
    return "{\"method\": \"GET\", \"url\": \"" + url + "\"}";
  }

  // Pages and files.

  @Test
  void everyPageIsTheAppShellSoDeepLinksWorkOnReload() {
    String shell = api.get("/ui/").body();
    for (String page :
        List.of(
            "/ui/", "/ui/codes", "/ui/codes/429", "/ui/rules/SK101", "/ui/tester", "/ui/stats")) {
      HttpResponse<String> r = api.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'");
      assertThat(r.body()).isEqualTo(shell).contains("/ui/static/app.js");
    }
  }

  @Test
  void aPageTheAppDoesNotHaveIs404WithTheShell() {
    HttpResponse<String> r = api.get("/ui/no/such/page");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).contains("<main id=\"main\"");
    assertThat(api.get("/ui/api/nothing").statusCode()).isEqualTo(404);
  }

  @Test
  void uiWithoutTheSlashRedirectsToTheApp() {
    HttpResponse<String> r = api.get("/ui");
    assertThat(r.statusCode()).isEqualTo(308);
    assertThat(r.headers().firstValue("Location")).hasValue("/ui/");
  }

  @Test
  void filesComeFromTheJarAndRevalidateWithTheirEtag() {
    HttpResponse<String> js = api.get("/ui/static/app.js");
    assertThat(js.statusCode()).isEqualTo(200);
    assertThat(js.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    String etag = js.headers().firstValue("ETag").orElseThrow();
    assertThat(api.get("/ui/static/app.js", "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(api.get("/ui/static/app.css").body()).contains("prefers-color-scheme: dark");
    assertThat(api.get("/ui/static/missing.js").statusCode()).isEqualTo(404);
    assertThat(api.get("/ui/static/..%2F..%2Fmock%2FMockServer.class").statusCode()).isEqualTo(404);
  }

  @Test
  void thePagesLoadNothingFromAnotherHost() {
    // Works offline: every script, style and image is this server's own.
    List<String> files = new ArrayList<>(List.of("/ui/"));
    for (String f :
        List.of(
            "app.js", "dom.js", "reference.js", "rules.js", "tester.js", "stats.js", "app.css")) {
      files.add("/ui/static/" + f);
    }
    for (String f : files) {
      String body = api.get(f).body();
      assertThat(body)
          .as(f)
          .doesNotContainPattern("(src|href)=\"(https?:)?//")
          .doesNotContainPattern("from '(https?:)?//")
          .doesNotContainPattern("url\\((https?:)?//")
          .doesNotContain("@import");
    }
  }

  @Test
  void headAnswersWithoutContent() {
    HttpResponse<String> r =
        api.send(
            java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/ui/codes/404"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
  }

  // The reference.

  @Test
  void searchRanksAsTheCliDoes() {
    JsonNode hits = json(api.get("/ui/api/search?q=rate+limit&limit=5"));
    List<Integer> expected =
        StatusCodes.search("rate limit").stream()
            .limit(5)
            .map(SearchHit::code)
            .map(c -> c.code())
            .toList();
    List<Integer> got = new ArrayList<>();
    hits.forEach(h -> got.add(h.path("code").asInt()));
    assertThat(got).isEqualTo(expected).startsWith(429);
    assertThat(hits.get(0).path("phrase").asText()).isEqualTo("Too Many Requests");
    assertThat(json(api.get("/ui/api/search?q="))).isEmpty();
  }

  @Test
  void aCodeCarriesEverythingTheRegistryHolds() {
    JsonNode c = json(api.get("/ui/api/codes/429"));
    assertThat(c.path("phrase").asText()).isEqualTo("Too Many Requests");
    assertThat(c.path("reference").path("document").asText()).isEqualTo("RFC 6585");
    assertThat(c.path("retry").path("advice").asText()).isEqualTo("retry-after");
    List<String> headers = new ArrayList<>();
    c.path("headers").forEach(h -> headers.add(h.path("name").asText()));
    assertThat(headers).contains("Retry-After");
    assertThat(c.path("mistakes")).isNotEmpty();
    assertThat(c.path("related")).isNotEmpty();
    assertThat(json(api.get("/ui/api/codes/299")).path("standing").asText())
        .isEqualTo("unassigned");
  }

  @Test
  void aNumberThatIsNoStatusCodeIs404WithProblemDetails() {
    for (String bad : List.of("600", "99", "abc")) {
      HttpResponse<String> r = api.get("/ui/api/codes/" + bad);
      assertThat(r.statusCode()).as(bad).isEqualTo(404);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(json(r).path("detail").asText()).contains(bad);
    }
  }

  @Test
  void codesFilterByClassAndLeaveOutUnofficialOnesUnlessAsked() {
    JsonNode fives = json(api.get("/ui/api/codes?class=5xx"));
    assertThat(fives).isNotEmpty().allMatch(c -> c.path("class").asText().equals("5xx"));
    assertThat(fives).noneMatch(c -> c.path("code").asInt() == 520); // Cloudflare's
    assertThat(json(api.get("/ui/api/codes?class=5xx&unofficial=true")))
        .anyMatch(c -> c.path("code").asInt() == 520);
    assertThat(api.get("/ui/api/codes?class=9xx").statusCode()).isEqualTo(400);
  }

  // The rules.

  @Test
  void theCatalogueHasEveryRuleWithWhatItJudges() {
    JsonNode rules = json(api.get("/ui/api/rules"));
    assertThat(rules).anyMatch(r -> appliesTo(r, "SK101", "exchanges"));
    assertThat(rules).anyMatch(r -> appliesTo(r, "SK401", "probes"));
    assertThat(rules).anyMatch(r -> appliesTo(r, "SK501", "openapi"));
    JsonNode rule = json(api.get("/ui/api/rules/sk103"));
    assertThat(rule.path("id").asText()).isEqualTo("SK103");
    assertThat(rule.path("rationale").asText()).isNotBlank();
    assertThat(rule.path("link").asText()).contains("rfc9110");
    assertThat(rule.path("examples"))
        .anyMatch(e -> e.path("flagged").asBoolean() && e.path("text").asText().contains("401"))
        .anyMatch(e -> !e.path("flagged").asBoolean() && !e.path("caption").asText().isBlank());
    assertThat(api.get("/ui/api/rules/SK999").statusCode()).isEqualTo(404);
  }

  private static boolean appliesTo(JsonNode rule, String id, String what) {
    return rule.path("id").asText().equals(id) && rule.path("appliesTo").asText().equals(what);
  }

  @Test
  void infoTellsThePagesWhatTheServerAllows() {
    JsonNode info = json(api.get("/ui/api/info"));
    assertThat(info.path("allowRemoteTargets").asBoolean()).isFalse();
    assertThat(info.path("maxUploadBytes").asInt()).isEqualTo(1024 * 1024);
  }

  // The tester.

  @Test
  void testerSendsTheRequestAndExplainsTheStatus() {
    HttpResponse<String> r =
        api.postJson("/ui/api/tester", tester(origin() + "/status/401"), "Origin", origin());
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode result = json(r);
    assertThat(result.path("response").path("status").asInt()).isEqualTo(401);
    assertThat(result.path("response").path("code").path("phrase").asText())
        .isEqualTo("Unauthorized");
    assertThat(result.path("findings")).noneMatch(f -> f.path("rule").asText().equals("SK103"));
  }

  @Test
  void testerFindsWhatIsWrongWithAResponse() {
    try (WrongEndpoint wrong = new WrongEndpoint()) {
      String body =
          "{\"method\": \"POST\", \"url\": \""
              + wrong.orders()
              + "\", \"headers\": [{\"name\": \"Content-Type\", \"value\": \"application/json\"}],"
              + " \"body\": \"{}\"}";
      JsonNode result = json(api.postJson("/ui/api/tester", body));
      assertThat(result.path("response").path("status").asInt()).isEqualTo(201);
      assertThat(result.path("findings")).anyMatch(f -> f.path("rule").asText().equals("SK101"));
    }
  }

  @Test
  void testerRefusesTargetsThatAreNotLoopback() {
    // 192.0.2.1 is a documentation address (RFC 5737): the engine refuses it before connecting.
    HttpResponse<String> r = api.postJson("/ui/api/tester", tester("http://192.0.2.1/status"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).path("detail").asText()).contains("not a loopback address");
  }

  @Test
  void testerDoesNotCallTheUisOwnApi() {
    HttpResponse<String> r = api.postJson("/ui/api/tester", tester(origin() + "/ui/api/info"));
    assertThat(r.statusCode()).isEqualTo(422);
  }

  @Test
  void testerSaysWhatIsWrongWithADescription() {
    assertThat(json(api.postJson("/ui/api/tester", "{not json")).path("detail").asText())
        .startsWith("the body is not JSON");
    assertThat(json(api.postJson("/ui/api/tester", "{}")).path("detail").asText())
        .isEqualTo("url is missing");
    HttpResponse<String> ftp = api.postJson("/ui/api/tester", tester("ftp://127.0.0.1/x"));
    assertThat(ftp.statusCode()).isEqualTo(400);
    assertThat(json(ftp).path("detail").asText()).contains("http or https");
    String split =
        "{\"url\": \""
            + origin()
            + "/status/200\", \"headers\": [{\"name\": \"X\", \"value\": \"a\\r\\nEvil: 1\"}]}";
    assertThat(json(api.postJson("/ui/api/tester", split)).path("detail").asText())
        .contains("line break");
  }

  @Test
  void testerAnswersOnlyPost() {
    HttpResponse<String> r = api.get("/ui/api/tester");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("POST");
  }

  // The same-origin defence: other sites cannot make a user's browser drive the tester.

  @Test
  void anotherSitesOriginIsRefused() {
    HttpResponse<String> r =
        api.postJson(
            "/ui/api/tester", tester(origin() + "/status/200"), "Origin", "http://evil.example");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(json(r).path("detail").asText()).contains("other sites");
  }

  @Test
  void aCrossSiteFetchIsRefused() {
    HttpResponse<String> r =
        api.postJson(
            "/ui/api/tester", tester(origin() + "/status/200"), "Sec-Fetch-Site", "cross-site");
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void aFormPostIsRefusedForItsContentType() {
    // A cross-site HTML form can send text/plain without a preflight; JSON needs one.
    HttpResponse<String> r =
        api.post("/ui/api/tester", tester(origin() + "/status/200"), "Content-Type", "text/plain");
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(json(r).path("detail").asText()).contains("application/json");
  }

  @Test
  void aNameThatRebindsToThisMachineIsRefused() {
    String body = tester(origin() + "/status/200");
    String response =
        api.raw(
            "POST /ui/api/tester HTTP/1.1\r\nHost: attacker.example:"
                + server.port()
                + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n"
                + body);
    assertThat(response).startsWith("HTTP/1.1 403 ").contains("attacker.example");
  }

  @Test
  void theSameOriginIsAccepted() {
    HttpResponse<String> r =
        api.postJson(
            "/ui/api/tester",
            tester(origin() + "/status/204"),
            "Origin",
            origin(),
            "Sec-Fetch-Site",
            "same-origin");
    assertThat(r.statusCode()).isEqualTo(200);
  }

  // Stats.

  private static byte[] sample() throws IOException {
    try (InputStream in = Stats.sampleLog()) {
      return in.readAllBytes();
    }
  }

  @Test
  void statsRunsTheEngineOnAnUploadedLog() throws IOException {
    HttpResponse<String> r =
        api.post(
            "/ui/api/stats?name=shop/access.log",
            sample(),
            "Content-Type",
            "application/octet-stream");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode answer = json(r);
    assertThat(answer.path("name").asText()).isEqualTo("access.log");
    JsonNode report = answer.path("report");
    assertThat(report.path("schema").asText()).isEqualTo("statuskit-stats/1");
    assertThat(report.path("requests").asLong()).isEqualTo(1997);
    assertThat(report.path("badLineCount").asLong()).isEqualTo(3); // counted, not dropped
    HttpResponse<String> html = api.get(answer.path("html").asText());
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("sandbox")
        .contains("default-src 'none'");
    assertThat(html.body()).contains("<svg").contains("access.log");
  }

  @Test
  void statsReadsAGzippedLog() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(sample());
    }
    JsonNode answer =
        json(
            api.post(
                "/ui/api/stats?name=a.log.gz",
                gz.toByteArray(),
                "Content-Type",
                "application/octet-stream"));
    assertThat(answer.path("report").path("requests").asLong()).isEqualTo(1997);
  }

  @Test
  void statsRunsTheShippedSample() {
    JsonNode answer = json(api.postJson("/ui/api/stats/sample", "{}"));
    assertThat(answer.path("name").asText()).isEqualTo(Stats.SAMPLE_NAME);
    assertThat(answer.path("report").path("requests").asLong()).isEqualTo(1997);
  }

  @Test
  void statsSaysWhenAFileIsNotALog() {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31);
    }
    HttpResponse<String> r =
        api.post(
            "/ui/api/stats?name=photo.jpg", binary, "Content-Type", "application/octet-stream");
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(json(r).path("detail").asText()).startsWith("photo.jpg");
    HttpResponse<String> empty =
        api.post("/ui/api/stats", new byte[0], "Content-Type", "application/octet-stream");
    assertThat(empty.statusCode()).isEqualTo(400);
  }

  @Test
  void statsTakesOnlyRawBytes() throws IOException {
    HttpResponse<String> r = api.post("/ui/api/stats", sample(), "Content-Type", "text/plain");
    assertThat(r.statusCode()).isEqualTo(415);
  }

  @Test
  void aReportThatIsNotKeptIs404() {
    assertThat(api.get("/ui/api/stats/00000000-0000-0000-0000-000000000000").statusCode())
        .isEqualTo(404);
    assertThat(api.get("/ui/api/stats/not-an-id").statusCode()).isEqualTo(404);
  }

  // The mock server around it.

  @Test
  void theIndexListsTheUiFirst() {
    Endpoint first = server.index().get(0);
    assertThat(first.path()).startsWith("/ui/");
    assertThat(server.uiUri()).hasValue(server.baseUri().resolve("/ui/"));
    assertThat(api.get("/", "Accept", "text/plain").body()).contains("/ui/");
  }

  @Test
  void theJournalLeavesTheUiOut() {
    api.get("/ui/codes/418");
    api.get("/status/418");
    String journal = api.get("/__admin/requests").body();
    assertThat(journal).contains("/status/418").doesNotContain("/ui/codes/418");
  }

  @Test
  void aServerWithoutTheUiHasNothingThere() {
    try (MockServer plain = MockServer.builder().start()) {
      assertThat(plain.uiUri()).isEmpty();
      assertThat(new Api(plain.baseUri()).get("/ui/").statusCode()).isEqualTo(404);
      assertThat(plain.index()).noneMatch(e -> e.path().startsWith("/ui"));
    }
  }

  @Test
  void aScenarioCannotTakeTheUisPrefix(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("scenarios.yml");
    Files.writeString(
        file, "routes:\n  - path: /ui/codes/500\n    responses:\n      - {status: 200}\n");
    assertThatThrownBy(() -> MockServer.builder().webUi(true).scenarios(file).build())
        .isInstanceOf(InputException.class)
        .hasMessageContaining("/ui/");
  }

  @Test
  void blockingWorkDoesNotHoldTheEventLoop() {
    // One event-loop thread: were the tester's wait on it, the search below could not be answered
    // until the delayed response came (nor could the delayed response itself).
    try (MockServer one = MockServer.builder().threads(1).webUi(true).start()) {
      Api client = new Api(one.baseUri());
      CompletableFuture<HttpResponse<String>> slow =
          CompletableFuture.supplyAsync(
              () -> client.postJson("/ui/api/tester", tester(one.baseUri() + "/delay/1500")));
      sleep(300);
      long start = System.nanoTime();
      assertThat(client.get("/ui/api/search?q=teapot").statusCode()).isEqualTo(200);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(millis).isLessThan(1000);
      assertThat(slow).isNotDone();
      JsonNode result = json(slow.join());
      assertThat(result.path("response").path("status").asInt()).isEqualTo(200);
      assertThat(result.path("timing").path("totalMs").asDouble()).isGreaterThanOrEqualTo(1500);
    }
  }

  @Test
  void uploadsAreBoundedByTheServersBodyLimit() {
    try (MockServer small = MockServer.builder().maxBodyBytes(16 * 1024).webUi(true).start()) {
      Api client = new Api(small.baseUri());
      assertThat(json(client.get("/ui/api/info")).path("maxUploadBytes").asInt())
          .isEqualTo(16 * 1024);
      // Refused on the declared length, before a byte of the body is read.
      String response =
          client.raw(
              "POST /ui/api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Content-Type: application/octet-stream\r\nContent-Length: 300000\r\n\r\n");
      assertThat(response).startsWith("HTTP/1.1 413 ");
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
