package dev.statuskit.server.mock;

import static dev.statuskit.server.mock.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpbinEndpointsTest {
  private static MockServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    server = MockServer.builder().start();
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void delaysTheEchoByTheMillisecondsAsked() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = http.get("/delay/400");
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).path("path").asText()).isEqualTo("/delay/400");
    assertThat(http.get("/delay/999999").statusCode()).isEqualTo(400);
  }

  @Test
  void dripsTheBodyOverTheDuration() {
    long start = System.nanoTime();
    HttpResponse<String> r = http.get("/drip?numbytes=20&duration=600&code=202");
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(550);
    assertThat(r.statusCode()).isEqualTo(202);
    assertThat(r.body()).isEqualTo("*".repeat(20));
    assertThat(r.headers().firstValue("Content-Length")).hasValue("20");
    assertThat(http.get("/drip?code=204").statusCode()).isEqualTo(400);
  }

  @Test
  void redirectsThroughAChainWithTheChosenCode() {
    HttpResponse<String> first = http.get("/redirect/3?status=307");
    assertThat(first.statusCode()).isEqualTo(307);
    assertThat(first.headers().firstValue("Location")).hasValue("/redirect/2?status=307");
    HttpResponse<String> last = http.get("/redirect/1");
    assertThat(last.statusCode()).isEqualTo(302);
    assertThat(last.headers().firstValue("Location")).hasValue("/anything");
    assertThat(http.get("/redirect/2?status=200").statusCode()).isEqualTo(400);
  }

  @Test
  void aFollowingClientKeepsTheMethodOn307AndArrivesAtTheEcho() throws Exception {
    java.net.http.HttpClient following =
        java.net.http.HttpClient.newBuilder()
            .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
            .build();
    HttpResponse<String> r =
        following.send(
            http.request("/redirect-to?url=/anything/landed&status=307")
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).path("method").asText()).isEqualTo("POST");
    assertThat(json(r).path("path").asText()).isEqualTo("/anything/landed");
  }

  @Test
  void answersAMatchingEtagWith304() {
    HttpResponse<String> first = http.get("/etag/v1");
    assertThat(first.headers().firstValue("ETag")).hasValue("\"v1\"");
    HttpResponse<String> again = http.get("/etag/v1", "If-None-Match", "\"v0\", W/\"v1\"");
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue("\"v1\"");
    assertThat(http.get("/etag/v1", "If-None-Match", "\"v2\"").statusCode()).isEqualTo(200);
    assertThat(http.get("/etag/v1", "If-Match", "\"v2\"").statusCode()).isEqualTo(412);
    assertThat(http.get("/etag/v1", "If-Match", "\"v1\"").statusCode()).isEqualTo(200);
  }

  @Test
  void answersAnUnchangedResourceWith304() {
    HttpResponse<String> first = http.get("/cache");
    String modified = first.headers().firstValue("Last-Modified").orElseThrow();
    String tag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(http.get("/cache", "If-Modified-Since", modified).statusCode()).isEqualTo(304);
    assertThat(
            http.get("/cache", "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode())
        .isEqualTo(200);
    assertThat(http.get("/cache", "If-None-Match", tag).statusCode()).isEqualTo(304);
    // If-None-Match decides alone when both are sent (RFC 9110 §13.2.2).
    assertThat(
            http.get("/cache", "If-None-Match", "\"other\"", "If-Modified-Since", modified)
                .statusCode())
        .isEqualTo(200);
  }

  @ParameterizedTest(name = "Range {0} of 100 bytes: {1} {2}")
  @CsvSource({
    "bytes=0-9, 206, bytes 0-9/100",
    "bytes=90-, 206, bytes 90-99/100",
    "bytes=-5, 206, bytes 95-99/100",
    "bytes=95-200, 206, bytes 95-99/100",
    "bytes=100-, 416, bytes */100",
    "'bytes=0-1,5-6', 200, ",
    "items=0-1, 200, ",
  })
  void servesRanges(String range, int status, String contentRange) {
    HttpResponse<String> r = http.get("/range/100", "Range", range);
    assertThat(r.statusCode()).isEqualTo(status);
    if (contentRange == null) {
      assertThat(r.headers().firstValue("Content-Range")).isEmpty();
      assertThat(r.body()).hasSize(100);
    } else {
      assertThat(r.headers().firstValue("Content-Range")).hasValue(contentRange);
    }
    if (status == 206) {
      assertThat(r.body())
          .hasSize(
              Integer.parseInt(contentRange.replaceAll("bytes (\\d+)-(\\d+)/.*", "$2"))
                  - Integer.parseInt(contentRange.replaceAll("bytes (\\d+)-.*", "$1"))
                  + 1);
    }
  }

  private static String basic(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicAuthChallengesWith401() throws Exception {
    HttpResponse<String> none = http.get("/basic-auth/alice/secret");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
    assertThat(
            http.get("/basic-auth/alice/secret", "Authorization", basic("alice:wrong"))
                .statusCode())
        .isEqualTo(401);
    HttpResponse<String> ok =
        http.get("/basic-auth/alice/secret", "Authorization", basic("alice:secret"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(json(ok).path("user").asText()).isEqualTo("alice");
  }

  @Test
  void bearerTellsMissingCredentialsFromMissingScope() {
    HttpResponse<String> none = http.get("/bearer");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer realm=\"statuskit\"");
    HttpResponse<String> expired = http.get("/bearer", "Authorization", "Bearer expired");
    assertThat(expired.statusCode()).isEqualTo(401);
    assertThat(expired.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).contains("error=\"invalid_token\""));
    HttpResponse<String> noScope = http.get("/bearer?scope=admin", "Authorization", "Bearer read");
    assertThat(noScope.statusCode()).isEqualTo(403);
    assertThat(noScope.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(
            v -> assertThat(v).contains("error=\"insufficient_scope\"", "scope=\"admin\""));
    assertThat(http.get("/bearer?scope=admin", "Authorization", "Bearer read,admin").statusCode())
        .isEqualTo(200);
  }

  @Test
  void echoesAnyRequestWithCredentialsRedacted() throws Exception {
    HttpResponse<String> r =
        http.send(
            http.request("/anything/orders?x=1&x=2&y=3")
                .header("Authorization", "Bearer s3cret")
                .header("X-Custom", "yes")
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                .build());
    JsonNode echo = json(r);
    assertThat(echo.path("method").asText()).isEqualTo("PATCH");
    assertThat(echo.path("path").asText()).isEqualTo("/anything/orders");
    assertThat(echo.path("args").path("x").size()).isEqualTo(2);
    assertThat(echo.path("args").path("y").asText()).isEqualTo("3");
    assertThat(echo.path("headers").path("X-Custom").asText()).isEqualTo("yes");
    assertThat(echo.path("headers").path("Authorization").asText()).isEqualTo("[redacted]");
    assertThat(r.body()).doesNotContain("s3cret");
    assertThat(echo.path("json").path("a").asInt()).isEqualTo(1);
  }

  @Test
  void showsHeadersAndAddress() throws Exception {
    assertThat(json(http.get("/headers", "X-Probe", "1")).path("headers").path("X-Probe").asText())
        .isEqualTo("1");
    assertThat(json(http.get("/ip")).path("origin").asText()).isEqualTo("127.0.0.1");
  }

  @Test
  void listsItsEndpointsAtTheRoot() throws Exception {
    HttpResponse<String> text = http.get("/", "Accept", "*/*");
    assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
    server.index().forEach(e -> assertThat(text.body()).contains(e.path()));
    assertThat(json(http.get("/", "Accept", "application/json")).size())
        .isEqualTo(server.index().size());
  }

  @Test
  void answersUnknownPathsWith404AndWrongMethodsWith405() {
    HttpResponse<String> missing = http.get("/nope");
    assertThat(missing.statusCode()).isEqualTo(404);
    HttpResponse<String> wrong = http.send(http.request("/headers").DELETE().build());
    assertThat(wrong.statusCode()).isEqualTo(405);
    assertThat(wrong.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
    HttpResponse<String> options =
        http.send(
            http.request("/headers")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(options.statusCode()).isEqualTo(204);
    assertThat(options.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
  }
}
